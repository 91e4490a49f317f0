/** Implementation details of the testkit (jqwik's sample reporting); not for outside use. */
package io.appraisal.testkit.internal;
