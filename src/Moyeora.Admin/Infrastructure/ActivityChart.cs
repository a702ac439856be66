using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Moyeora.Administration;

namespace Moyeora.Admin.Infrastructure;

/// <summary>The dashboard's 30-day chart as inline SVG, drawn on the server: one line per series, no script.</summary>
public static class ActivityChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 44;
    private const int Right = 12;
    private const int Top = 12;
    private const int Bottom = 30;

    public sealed record Series(string Label, string CssClass, Func<DailyActivityDto, int> Value);

    public static IHtmlContent Render(IReadOnlyList<DailyActivityDto> days, IReadOnlyList<Series> series, string title)
    {
        var html = HtmlEncoder.Default;
        var max = Math.Max(1, days.SelectMany(d => series.Select(s => s.Value(d))).DefaultIfEmpty(0).Max());
        var scale = NiceCeiling(max);
        double X(int i) => Left + (days.Count <= 1 ? 0 : i * (Width - Left - Right) / (double)(days.Count - 1));
        double Y(int v) => Top + (Height - Top - Bottom) * (1 - v / (double)scale);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{html.Encode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{html.Encode(title)}</title>");
        for (var step = 0; step <= 4; step++)
        {
            var value = scale * step / 4;
            var y = F(Y(value));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{value}</text>");
        }

        for (var i = 0; i < days.Count; i += 7)
        {
            var label = days[i].Date.ToString("MM-dd", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{F(X(i))}\" y=\"{Height - 10}\" text-anchor=\"middle\">{label}</text>");
        }

        foreach (var s in series)
        {
            var points = string.Join(' ', days.Select((d, i) => $"{F(X(i))},{F(Y(s.Value(d)))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"line {s.CssClass}\" points=\"{points}\"><title>{html.Encode(s.Label)}</title></polyline>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A round upper bound for the axis (1, 2, 5 × 10ⁿ, and at least 4 so the four grid steps are whole).</summary>
    private static int NiceCeiling(int max)
    {
        var magnitude = 1;
        while (true)
        {
            foreach (var step in new[] { 1, 2, 5 })
            {
                if (step * magnitude >= max && step * magnitude >= 4)
                {
                    return step * magnitude % 4 == 0 ? step * magnitude : (step * magnitude + 3) / 4 * 4;
                }
            }

            magnitude *= 10;
        }
    }
}
