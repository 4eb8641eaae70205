/** Where the resident's choice of language is kept (localStorage); read by the elements and by the loader. */
export const RESIDENT_LOCALE_KEY = 'papi-widgets-lang';
