using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CarePaths;

/// <summary>Asks for the municipality (remembered in a cookie) and shows the themes. Readable without login: no client data.</summary>
public sealed class CarePathIndexModel(KansrijkDb db) : PageModel
{
    public const string MunicipalityCookie = "kansrijk.gemeente";

    public IReadOnlyList<Area> Municipalities { get; private set; } = [];
    public IReadOnlyList<RiskTheme> Themes { get; private set; } = [];
    public IReadOnlySet<int> WithPath { get; private set; } = new HashSet<int>();
    public Area? Municipality { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] string? gemeente, CancellationToken ct)
    {
        var queries = new CarePathQueries(db);
        Municipalities = await queries.MunicipalitiesAsync(ct);
        if (gemeente is not null)
        {
            Municipality = await queries.MunicipalityAsync(gemeente, ct);
            if (Municipality is null)
            {
                Error = "Kies een gemeente uit de lijst.";
            }
            else
            {
                Response.Cookies.Append(MunicipalityCookie, Municipality.Code, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = Request.IsHttps,
                    IsEssential = true,
                });
            }
        }
        else
        {
            Municipality = await queries.MunicipalityAsync(Request.Cookies[MunicipalityCookie], ct);
        }
        if (Municipality is not null)
        {
            Themes = await queries.ThemesAsync(ct);
            WithPath = await queries.ThemesWithPathAsync(Municipality, ct);
        }
        return Page();
    }
}
