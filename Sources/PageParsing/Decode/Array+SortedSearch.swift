extension Array where Element == Int32 {
    /// In an array sorted in increasing order, the index of the last element not above `value`,
    /// or 0 when every element is above it.
    /// - Complexity: O(log n).
    func lastIndex(atMost value: Int) -> Int {
        var low = 0
        var high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(self[middle]) <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
