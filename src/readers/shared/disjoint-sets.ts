/**
 * Sets of keys joined by links (union-find with path compression): the deployment units of readers whose
 * files link to one another (Terraform module calls, Kubernetes names and labels). A key never added is
 * a set of its own.
 */
export class DisjointSets<K> {
  private readonly parent = new Map<K, K>()

  /** The key that stands for the set of `key`. */
  find(key: K): K {
    let root = key
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up
    for (let node = key, up = this.parent.get(node); up !== undefined && up !== root; node = up, up = this.parent.get(node)) {
      this.parent.set(node, root)
    }
    return root
  }

  /** Joins the sets of `a` and `b`; `a`'s representative stands for both. */
  union(a: K, b: K): void {
    const [rootA, rootB] = [this.find(a), this.find(b)]
    if (rootA !== rootB) this.parent.set(rootB, rootA)
  }

  /** Adds `key` as a set of its own, unless it is known. */
  add(key: K): void {
    if (!this.parent.has(key)) this.parent.set(key, key)
  }
}
