/// The namespace of an element: HTML, or the foreign SVG and MathML the parser knows.
package enum HTMLNamespace: UInt8, Sendable {
    /// `http://www.w3.org/1999/xhtml`.
    case html
    /// `http://www.w3.org/2000/svg`.
    case svg
    /// `http://www.w3.org/1998/Math/MathML`.
    case mathml
}
