// Runs once the test framework is installed, so @testing-library/react registers its cleanup.
import { configure } from '@testing-library/react';

// Reading the sample workbooks in jsdom takes far longer on a busy 2-core machine than the
// default 1 s that findBy/waitFor allow: wait up to 15 s (a real failure still fails, later).
configure({ asyncUtilTimeout: 15_000 });
