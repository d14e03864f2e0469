extension Array {
    /// `count` copies of `value`: the array `init(repeating:count:)` makes, for
    /// the per-article arrays the layers build.
    ///
    /// `init(repeating:count:)` allocates through a standard-library entry point
    /// that is not specialized for `Element`, so every call looks the array's
    /// storage type up in the runtime's metadata cache (about 450 instructions
    /// under callgrind, whatever the count); copying a `repeatElement` collection
    /// allocates through code specialized for `Element` and fills as fast.
    @inline(__always) init(filled value: Element, count: Int) {
        self.init(repeatElement(value, count: count))
    }
}
