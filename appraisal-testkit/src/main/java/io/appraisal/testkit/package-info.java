/** jqwik arbitraries and contract suites for people who write rules and policies. */
package io.appraisal.testkit;
