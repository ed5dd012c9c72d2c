using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Kansrijk.Platform.Layout;

/// <summary>
/// Dates are asked as the NL Design System (and GOV.UK) date input group does: three boxes, day, month and year
/// (<c>_DateField.cshtml</c> names them <c>X-dag</c>, <c>X-maand</c>, <c>X-jaar</c>). Before model binding this puts them
/// together into the one field <c>X</c> the forms already read: <c>2024-03-15</c> for a real date, empty when all three are
/// empty, and what was typed (<c>dag-maand-jaar</c>) otherwise, so the form's own check reports it and shows it again.
/// A form or link that sends <c>X</c> itself (the API, old links, the tests) is left alone.
/// </summary>
public static class DateParts
{
    public const string Day = "-dag", Month = "-maand", Year = "-jaar";

    public static IApplicationBuilder UseDateParts(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Query.Keys.Any(k => k.EndsWith(Year, StringComparison.Ordinal)))
        {
            request.Query = new QueryCollection(Combine(request.Query.ToDictionary(p => p.Key, p => p.Value)));
        }
        // only plain forms: a file upload (multipart) is read by its own page, with its own size limit
        if (HttpMethods.IsPost(request.Method) && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            if (form.Keys.Any(k => k.EndsWith(Year, StringComparison.Ordinal)))
            {
                request.Form = new FormCollection(Combine(form.ToDictionary(p => p.Key, p => p.Value)), form.Files);
            }
        }
        await next(context);
    });

    public static Dictionary<string, StringValues> Combine(Dictionary<string, StringValues> values)
    {
        foreach (var yearKey in values.Keys.Where(k => k.EndsWith(Year, StringComparison.Ordinal)).ToList())
        {
            var name = yearKey[..^Year.Length];
            if (values.ContainsKey(name)) continue;
            values[name] = Join(values.GetValueOrDefault(name + Day).ToString(), values.GetValueOrDefault(name + Month).ToString(), values[yearKey].ToString());
        }
        return values;
    }

    /// <summary>"2024-03-15" for a real date, "" for nothing typed, else "dag-maand-jaar" as typed (without dashes of its own).</summary>
    public static string Join(string? day, string? month, string? year)
    {
        string Clean(string? s) => (s ?? "").Replace("-", "", StringComparison.Ordinal).Trim();
        var (d, m, y) = (Clean(day), Clean(month), Clean(year));
        if (d.Length == 0 && m.Length == 0 && y.Length == 0) return "";
        if (int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var dd) && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var mm)
            && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && y.Length == 4 && yy >= 1900
            && mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(yy, mm))
        {
            return new DateOnly(yy, mm, dd).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return $"{d}-{m}-{y}";
    }

    /// <summary>The three boxes of a value: from "2024-03-15", or from what was typed ("31-2-2024").</summary>
    public static (string Day, string Month, string Year) Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return ("", "", "");
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));
        }
        var parts = value.Split('-');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : (value, "", "");
    }
}
