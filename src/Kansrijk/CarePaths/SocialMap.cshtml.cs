using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>The social map: searches all published offers; those serving the chosen municipality come first.</summary>
public sealed class SocialMapModel(KansrijkDb db) : PageModel
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "gemeente")] public string? Gemeente { get; set; }
    [FromQuery(Name = "thema")] public string? Thema { get; set; }
    [FromQuery(Name = "taal")] public string? Taal { get; set; }
    [FromQuery(Name = "pagina")] public int Pagina { get; set; } = 1;

    public IReadOnlyList<Area> Municipalities { get; private set; } = [];
    public IReadOnlyList<RiskTheme> Themes { get; private set; } = [];
    public OfferSearchResult Result { get; private set; } = new(0, []);
    public Area? Municipality { get; private set; }
    public Area? Region { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var queries = new CarePathQueries(db);
        Municipalities = await queries.MunicipalitiesAsync(ct);
        Themes = await queries.ThemesAsync(ct);
        Gemeente ??= Request.Cookies[CarePathIndexModel.MunicipalityCookie] ?? MunicipalityChoice.Own(User);
        Municipality = Municipalities.FirstOrDefault(m => m.Code == Gemeente?.Trim().ToUpperInvariant());
        Region = Municipality?.GgdRegionCode is { } region ? await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == region, ct) : null;
        Result = await queries.SearchAsync(Q, Municipality?.Code, Thema, Taal, Math.Max(1, Pagina), ct);
    }

    public string PageUrl(int page) => SearchUrl(Q, Municipality?.Code, Thema, Taal, page);

    public static string SearchUrl(string? q, string? gemeente, string? thema, string? taal, int page = 1) =>
        $"/sociale-kaart?q={Uri.EscapeDataString(q ?? "")}&gemeente={gemeente}&thema={Uri.EscapeDataString(thema ?? "")}&taal={Uri.EscapeDataString(taal ?? "")}" + (page > 1 ? $"&pagina={page}" : "");

    /// <summary>The label of a group of results.</summary>
    public string GroupLabel(OfferReach reach) => reach switch
    {
        OfferReach.Municipality => $"In {Municipality?.Name}",
        OfferReach.Region => $"In de regio ({Region?.Name ?? "GGD-regio"})",
        OfferReach.National => "Landelijk: voor heel Nederland",
        _ => "Elders in Nederland",
    };

    /// <summary>Broader searches for an empty result: without a filter, or with fewer words.</summary>
    public IReadOnlyList<(string Text, string Url)> Broader()
    {
        var list = new List<(string, string)>();
        var words = SearchText.Normalise(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!string.IsNullOrEmpty(Thema))
        {
            list.Add(("Zoek in alle thema's", SearchUrl(Q, Municipality?.Code, null, Taal)));
        }
        if (!string.IsNullOrEmpty(Taal))
        {
            list.Add(("Zoek in alle talen", SearchUrl(Q, Municipality?.Code, Thema, null)));
        }
        if (words.Length > 1)
        {
            list.Add(($"Zoek alleen op “{words[0]}”", SearchUrl(words[0], Municipality?.Code, Thema, Taal)));
        }
        if (words.Length > 0)
        {
            list.Add(("Toon al het hulpaanbod" + (Municipality is null ? "" : $" voor {Municipality.Name}"), SearchUrl(null, Municipality?.Code, null, null)));
        }
        return list;
    }
}
