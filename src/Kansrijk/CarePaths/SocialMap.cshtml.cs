using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    public async Task OnGetAsync(CancellationToken ct)
    {
        var queries = new CarePathQueries(db);
        Municipalities = await queries.MunicipalitiesAsync(ct);
        Themes = await queries.ThemesAsync(ct);
        Gemeente ??= Request.Cookies[CarePathIndexModel.MunicipalityCookie];
        Municipality = Municipalities.FirstOrDefault(m => m.Code == Gemeente?.Trim().ToUpperInvariant());
        Result = await queries.SearchAsync(Q, Municipality?.Code, Thema, Taal, Math.Max(1, Pagina), ct);
    }

    public string PageUrl(int page) =>
        $"/sociale-kaart?q={Uri.EscapeDataString(Q ?? "")}&gemeente={Municipality?.Code}&thema={Uri.EscapeDataString(Thema ?? "")}&taal={Uri.EscapeDataString(Taal ?? "")}&pagina={page}";
}
