// Keys are typed from English: a key used in code but absent from locales/en fails type check.
import 'i18next';
import type caseworker from '../../../locales/en/caseworker.json';
import type child from '../../../locales/en/child.json';
import type common from '../../../locales/en/common.json';
import type guardian from '../../../locales/en/guardian.json';
import type options from '../../../locales/en/options.json';
import type record from '../../../locales/en/record.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      caseworker: typeof caseworker;
      child: typeof child;
      guardian: typeof guardian;
      options: typeof options;
      record: typeof record;
    };
  }
}
