/** An example third-party plug-in: one rule type, registered through ServiceLoader. */
package org.example.appraisal.plugin;
