package dev.kvet.run;

/**
 * Counts of a run, as printed at the end of every output.
 *
 * @param files     files read
 * @param documents non-empty YAML documents read
 * @param objects   Kubernetes objects found (items of a List count one by one)
 * @param errors    findings of severity error
 * @param warnings  findings of severity warning
 * @param infos     findings of severity info
 */
public record Summary(int files, int documents, int objects, int errors, int warnings, int infos) {
}
