import Foundation

/// The Content-Security-Policy the HTML report declares in a `<meta>` tag.
///
/// Nothing may load or run: `default-src 'none'` covers scripts, images, fonts, frames, media and
/// fetches, and `base-uri` and `form-action` (which do not fall back to `default-src`) are closed
/// too. The one inline `<style>` element is allowed by its SHA-256 hash, so that a style element
/// smuggled in by page content would not apply either. The report uses no `style` attributes
/// (a hash does not cover them) and no script at all.
package struct ContentSecurityPolicy: Hashable, Sendable {
    /// The exact text of the page's single `<style>` element.
    package var styleSheet: String

    /// Creates the policy for a page whose only style element holds `styleSheet`.
    package init(styleSheet: String) {
        self.styleSheet = styleSheet
    }

    /// The `'sha256-…'` source expression for the style sheet.
    package var styleHash: String {
        "'sha256-" + Data(SHA256.digest(styleSheet.utf8)).base64EncodedString() + "'"
    }

    /// The policy, as the `content` of `<meta http-equiv="Content-Security-Policy">`.
    package var value: String {
        "default-src 'none'; style-src \(styleHash); base-uri 'none'; form-action 'none'"
    }
}
