package dev.kvet.rules.code.reference;

import dev.kvet.check.IndexedObject;
import dev.kvet.check.Manifests;
import dev.kvet.document.YamlMap;
import dev.kvet.location.JsonPointer;
import dev.kvet.object.KubeObject;
import dev.kvet.object.Place;
import dev.kvet.rules.code.RuleFindings;
import dev.kvet.rules.code.support.IntOrString;
import dev.kvet.rules.code.support.NamedObjects;
import dev.kvet.rules.code.support.Namespaces;

/**
 * An object that a Gateway API route names: a parentRef or a backendRef, with the group and kind it leaves out
 * filled in by the API's defaults.
 *
 * @param group         the referent's API group, {@code ""} for the core group
 * @param kind          the referent's kind
 * @param name          the referent's name
 * @param nameAt        where the name is written
 * @param namespace     the namespace the reference writes, or null when it leaves it to the route's
 * @param namespaceAt   where that namespace is written, or null
 * @param port          the port it writes, or null
 * @param portAt        where that port is written, or null when it writes none
 * @param sectionName   the section (a Gateway's listener) a parentRef names, or null
 * @param sectionNameAt where that section name is written, or null
 */
record RouteRef(String group, String kind, String name, Place nameAt, String namespace, Place namespaceAt,
                IntOrString port, Place portAt, String sectionName, Place sectionNameAt) {

    /**
     * The reference written at {@code at} of a route, or null when there is none with a name; {@code defaultGroup}
     * and {@code defaultKind} stand where it writes no group or kind.
     */
    static RouteRef of(KubeObject route, JsonPointer at, String defaultGroup, String defaultKind) {
        if (!(route.node(at) instanceof YamlMap ref) || ref.string("name") == null) {
            return null;
        }
        String group = ref.has("group") ? nonNull(ref.string("group")) : defaultGroup;
        String kind = ref.has("kind") ? nonNull(ref.string("kind")) : defaultKind;
        String namespace = ref.string("namespace");
        String sectionName = ref.string("sectionName");
        return new RouteRef(group, kind, ref.string("name"), route.valuePlace(at.child("name")),
                namespace == null || namespace.isEmpty() ? null : namespace,
                namespace == null ? null : route.valuePlace(at.child("namespace")),
                IntOrString.of(ref.get("port")).orElse(null),
                ref.has("port") ? route.valuePlace(at.child("port")) : null,
                sectionName == null || sectionName.isEmpty() ? null : sectionName,
                sectionName == null ? null : route.valuePlace(at.child("sectionName")));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Whether it names an object of this group and kind. */
    boolean is(String wantedGroup, String wantedKind) {
        return group.equals(wantedGroup) && kind.equals(wantedKind);
    }

    /** The namespace of the referent: the one written, else the route's. */
    String namespaceFrom(IndexedObject route) {
        return namespace != null ? namespace : Namespaces.of(route);
    }

    /** Whether the referent lives in another namespace than the route. */
    boolean crossesNamespaces(IndexedObject route) {
        return !namespaceFrom(route).equals(Namespaces.of(route));
    }

    /**
     * Whether the files describe the referent's namespace ({@link DescribedNamespaces}): the route's own always,
     * another one only when they hold some object of it.
     */
    boolean inDescribedNamespace(Manifests manifests, IndexedObject route) {
        return !crossesNamespaces(route) || DescribedNamespaces.contain(manifests, namespaceFrom(route));
    }

    /**
     * Reports the reference at its name when the files lack the referent ({@code present} is false) in a namespace
     * they describe, unless it is taken as present ({@code --assume-present}, a {@code --partial} run).
     *
     * @param field       what the route calls the reference: {@code parentRef}, {@code backendRef}
     * @param consequence what the missing referent does, for the message, or an empty string
     */
    void reportIfAbsent(Manifests manifests, IndexedObject route, RuleFindings findings, boolean present,
                        String field, String consequence) {
        if (!present && !findings.assumedPresent(kind, name) && inDescribedNamespace(manifests, route)) {
            String where = crossesNamespaces(route) ? "in namespace \"" + namespace + "\"" : "in the route's namespace";
            findings.at(route, nameAt, field + " " + NamedObjects.notInFiles(kind, name) + " (" + where + ")"
                    + consequence, NamedObjects.mayBeInCluster(kind, name));
        }
    }
}
