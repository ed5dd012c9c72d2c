using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CarePaths;

/// <summary>
/// One care path for one municipality, readable without login. The routing form (age, insurance) is a GET form; the age is
/// only used to pick offers and is not stored or logged (the request log writes the path without the query string).
/// </summary>
public sealed class CarePathPageModel(KansrijkDb db, Authorizer authorizer) : PageModel
{
    public CarePathView Path { get; private set; } = null!;
    public bool Editor { get; private set; }
    public string? Age { get; private set; }
    public string? Insured { get; private set; }
    public string? AgeError { get; private set; }
    public IReadOnlyList<RoutedOffer>? Routed { get; private set; }
    public (string Name, string Phone)? NationalNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(string gemeentecode, string thema, [FromQuery] string? leeftijd, [FromQuery] string? verzekerd, CancellationToken ct)
    {
        var scope = await authorizer.ScopeAsync(ct);
        Editor = scope.Covers(gemeentecode.ToUpperInvariant());
        var path = await new CarePathQueries(db).PathAsync(gemeentecode, thema, Editor, ct);
        if (path is null)
        {
            return NotFound();
        }
        Path = path;
        NationalNumber = CarePathReference.NationalNumbers.TryGetValue(thema, out var n) ? n : null;
        if (leeftijd is not null || verzekerd is not null)
        {
            // the age and insurance of the routing form are not stored anywhere, also not in a cache
            Response.Headers.CacheControl = "no-store";
        }
        Age = leeftijd;
        Insured = verzekerd;
        if (leeftijd is not null)
        {
            if (int.TryParse(leeftijd.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 10 and <= 60)
            {
                Routed = CarePathQueries.Route(path, age, verzekerd switch { "ja" => true, "nee" => false, _ => null });
            }
            else
            {
                AgeError = "Vul de leeftijd in jaren in, een heel getal van 10 tot en met 60.";
            }
        }
        return Page();
    }
}
