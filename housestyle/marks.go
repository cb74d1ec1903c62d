package housestyle

// UnagreedBackground is the background colour (RGB hex) that marks
// square-bracketed text not yet agreed in a draft, as delegates mark it
// with a highlighter: the light yellow the HTML output uses (#fff2a8).
const UnagreedBackground = "FFF2A8"
