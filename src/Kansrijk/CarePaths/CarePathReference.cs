using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>The built-in risk themes. Idempotent: a theme that exists keeps its name; administrators may add more.</summary>
public static class CarePathReference
{
    public static readonly IReadOnlyList<(string Code, string Name)> BuiltIn =
    [
        ("financien-en-schulden", "Financiën en schulden"),
        ("verslaving-en-middelengebruik", "Verslaving en middelengebruik"),
        ("psychische-problematiek", "Psychische problematiek"),
        ("huiselijk-geweld-en-kindermishandeling", "Huiselijk geweld en kindermishandeling"),
        ("huisvesting-en-dakloosheid", "Huisvesting en dakloosheid"),
        ("laaggeletterdheid-en-taal", "Laaggeletterdheid en taal"),
        ("asielzoekers-statushouders-en-nieuwkomers", "Asielzoekers, statushouders en nieuwkomers"),
        ("onverzekerden", "Onverzekerden"),
        ("licht-verstandelijke-beperking", "Licht verstandelijke beperking"),
        ("ongeplande-of-ongewenste-zwangerschap-en-kinderwens", "Ongeplande of ongewenste zwangerschap en kinderwens"),
        ("tienerzwangerschap", "Tienerzwangerschap"),
        ("opvoeding-en-ouderschap", "Opvoeding en ouderschap"),
        ("postpartum-depressie", "Postpartum depressie"),
        ("roken-en-alcohol", "Roken en alcohol"),
    ];

    /// <summary>Real national numbers a professional can call when a path has no local offer yet.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Phone)> NationalNumbers = new Dictionary<string, (string, string)>
    {
        ["huiselijk-geweld-en-kindermishandeling"] = ("Veilig Thuis", "0800-2000"),
        ["psychische-problematiek"] = ("113 Zelfmoordpreventie", "0800-0113"),
        ["postpartum-depressie"] = ("113 Zelfmoordpreventie", "0800-0113"),
    };

    public static async Task EnsureAsync(KansrijkDb db, CancellationToken ct = default)
    {
        var existing = await db.RiskThemes.Select(t => t.Code).ToListAsync(ct);
        var order = 0;
        foreach (var (code, name) in BuiltIn)
        {
            order += 10;
            if (!existing.Contains(code))
            {
                db.RiskThemes.Add(new RiskTheme { Code = code, Name = name, SortOrder = order, BuiltIn = true });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
