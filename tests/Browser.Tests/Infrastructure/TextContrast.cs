using Microsoft.Playwright;

namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>
/// Every visible text of a page with the colours the browser computed for it: its colour and the background it is
/// drawn on (the nearest ancestors' background colours, blended), and the WCAG 2 contrast ratio of the two.
/// </summary>
internal static class TextContrast
{
    // WCAG 2's relative luminance and contrast ratio; large text is 24 px, or 18.66 px bold, and needs 3:1 instead of 4.5:1.
    private const string Script = """
        () => {
          const parse = c => {
            const p = c.match(/[\d.]+/g).map(Number);
            return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
          };
          const over = (top, bottom) => ({
            r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
            b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c.a > 0) { layers.push(c); if (c.a >= 1) break; }
            }
            return layers.reduceRight((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
          };
          const luminance = c => {
            const channel = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          };
          const rgb = c => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
          const pairs = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (!['OPTION', 'SCRIPT', 'STYLE'].includes(el.tagName)
                && [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
                && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
                && el.getBoundingClientRect().width > 1 && !el.disabled) {
              const style = getComputedStyle(el);
              const bg = background(el);
              const fg = over(parse(style.color), bg);
              const [a, b] = [luminance(fg), luminance(bg)];
              const size = parseFloat(style.fontSize);
              const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
              pairs.push({
                element: describe(el),
                text: el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40),
                colour: rgb(fg), background: rgb(bg),
                ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), required: large ? 3 : 4.5,
                region: el.closest('header') ? 'header' : el.closest('footer') ? 'footer' : 'main' });
            }
          }
          return pairs;
        }
        """;

    /// <summary>The texts of the page as shown now.</summary>
    public static Task<TextPair[]> OfAsync(IPage page) => page.EvaluateAsync<TextPair[]>(Script);
}

/// <summary>A text, its colour and background as drawn, and the contrast it has and needs.</summary>
internal sealed class TextPair
{
    public string Element { get; init; } = "";

    public string Text { get; init; } = "";

    public string Colour { get; init; } = "";

    public string Background { get; init; } = "";

    public double Ratio { get; init; }

    public double Required { get; init; }

    /// <summary>header, footer or main.</summary>
    public string Region { get; init; } = "";

    public override string ToString() => $"{Region} {Element} \"{Text}\": {Colour} on {Background} is {Ratio:0.00}:1, needs {Required}:1";
}
