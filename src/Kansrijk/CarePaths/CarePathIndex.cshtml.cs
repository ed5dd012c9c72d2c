using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CarePaths;

/// <summary>
/// Asks for the municipality (by CBS name, the name people use or code; remembered in a cookie; a signed-in professional's
/// own municipality first) and shows its themes, one or several at once. Readable without login: no client data.
/// </summary>
public sealed class CarePathIndexModel(KansrijkDb db) : PageModel
{
    public const string MunicipalityCookie = "kansrijk.gemeente";

    public IReadOnlyList<Area> Municipalities { get; private set; } = [];
    public IReadOnlyList<RiskTheme> Themes { get; private set; } = [];
    public IReadOnlySet<int> WithPath { get; private set; } = new HashSet<int>();
    public Area? Municipality { get; private set; }
    public IReadOnlyList<Area> Candidates { get; private set; } = [];
    public string? Typed { get; private set; }
    public string? Error { get; private set; }
    public string? ThemeError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? gemeentecode, [FromQuery] string? gemeente, [FromQuery(Name = "thema")] string[]? themas, CancellationToken ct)
    {
        var queries = new CarePathQueries(db);
        Municipalities = await queries.MunicipalitiesAsync(ct);
        if (gemeentecode is not null)
        {
            Municipality = Municipalities.FirstOrDefault(m => m.Code == gemeentecode.Trim().ToUpperInvariant());
            if (Municipality is null)
            {
                return NotFound();
            }
            Remember(Municipality);
        }
        else if (gemeente is not null)
        {
            Typed = gemeente;
            var choice = MunicipalityChoice.Find(Municipalities, gemeente);
            if (choice.Found is { } found)
            {
                Remember(found);
                var chosen = (themas ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().Take(CarePathPageModel.MaxThemes).ToList();
                if (chosen.Count > 0)
                {
                    return Redirect($"/zorgpaden/{found.Code}/{string.Join('+', chosen.Select(Uri.EscapeDataString))}");
                }
                if (Request.Query.ContainsKey("thema"))
                {
                    // the theme form was sent without a theme: say so on the page of this municipality
                    Municipality = found;
                    ThemeError = "Kies minstens één thema.";
                }
                else
                {
                    return Redirect($"/zorgpaden/{found.Code}");
                }
            }
            else
            {
                Candidates = choice.Candidates;
                Error = choice.Candidates.Count > 0 ? "Er zijn meer gemeenten met deze naam. Kies er een uit de lijst hieronder."
                    : "Deze gemeente kennen we niet. Typ de naam of een deel ervan, bijvoorbeeld Den Haag of Haarlem.";
            }
        }
        else
        {
            Municipality = await queries.MunicipalityAsync(Request.Cookies[MunicipalityCookie] ?? MunicipalityChoice.Own(User), ct);
        }
        if (Municipality is not null)
        {
            Themes = await queries.ThemesAsync(ct);
            WithPath = await queries.ThemesWithPathAsync(Municipality, ct);
        }
        return Page();
    }

    private void Remember(Area municipality) =>
        Response.Cookies.Append(MunicipalityCookie, municipality.Code, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            IsEssential = true,
        });
}
