package dev.kvet.run;

import dev.kvet.finding.ObjectRef;
import java.util.List;

/**
 * A file a run read, and the Kubernetes objects found in it; reporters that list what passed (JUnit) need it.
 *
 * @param name    the file as the user named it
 * @param objects its objects in reading order; empty for a file with none
 * @param ioError why the file could not be read (also in {@link Report#ioErrors()}), or null
 */
public record CheckedFile(String name, List<CheckedObject> objects, String ioError) {

    public CheckedFile {
        objects = List.copyOf(objects);
    }

    /**
     * One object of a file and where it sits.
     *
     * @param document the 0-based index of its YAML document
     * @param base     its JSON pointer inside the document: empty, or {@code /items/N} for an item of a List
     * @param ref      its apiVersion, kind, namespace and name
     */
    public record CheckedObject(int document, String base, ObjectRef ref) {

        /**
         * Whether a finding at this document and pointer is about this object: the object is the whole document,
         * or the pointer leads into it. YAML-level findings have no pointer and so belong to their document.
         */
        public boolean contains(Integer findingDocument, String pointer) {
            if (findingDocument == null || findingDocument != document) {
                return false;
            }
            if (base.isEmpty()) {
                return true;
            }
            return pointer != null && (pointer.equals(base) || pointer.startsWith(base + "/"));
        }
    }
}
