package dev.kvet.check;

import dev.kvet.object.KubeObject;

/**
 * What a check remembers of one object for its work across objects, taken while the object's tree is at hand: a
 * run keeps these facts, and releases each tree once the object's own checks are done, so that memory follows the
 * facts and not the size of the manifests. Called once per object, from several threads at once; returns null
 * when the object offers nothing. A run tells indexers apart by identity: declare each one once, as a constant
 * shared by the checks that read its facts.
 *
 * @param <T> the facts taken from one object
 */
@FunctionalInterface
public interface Indexer<T> {

    /** The facts of one object, or null. */
    T index(KubeObject object);
}
