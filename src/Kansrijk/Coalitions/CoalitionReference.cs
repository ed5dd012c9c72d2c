using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>
/// Built-in reference data, added at every start when missing: the three national action lines with their goals
/// (as in the seeds) and the interventions of the menukaart. Recognition levels are left empty: the sources here do
/// not give them, and administrators fill them in.
/// </summary>
public static class CoalitionReference
{
    public static readonly (int Number, string Title, string[] Goals)[] NationalLines =
    [
        (1, "Voor de zwangerschap", ["Meer aanstaande kwetsbare ouders starten goed voorbereid met hun zwangerschap.", "Minder ongeplande en onbedoelde zwangerschappen komen voor in kwetsbare gezinnen."]),
        (2, "Tijdens de zwangerschap", ["Beter signaleren van medische en sociale problemen bij (aanstaande) kwetsbare ouders.", "Meer aanstaande kwetsbare ouders krijgen eerder de juiste hulp."]),
        (3, "Na de geboorte", ["Meer kwetsbare ouders zijn toegerust voor het ouderschap en de opvoeding.", "Minder baby's en jonge kinderen worden uit huis of onder toezicht geplaatst."]),
    ];

    public static readonly string[] Interventions =
    [
        "VoorZorg", "Stevig Ouderschap", "CenteringZwangerschap", "CenteringOuderschap", "Nu Niet Zwanger", "Prenataal huisbezoek JGZ",
        "Moeders informeren Moeders", "Home-Start", "Kansrijke Start voor Ouders (Kasto)", "Mamakits",
    ];

    public static async Task EnsureAsync(KansrijkDb db, CancellationToken ct = default)
    {
        var national = await db.ActionLines.Where(l => l.CoalitionId == null).Select(l => l.Number).ToListAsync(ct);
        foreach (var (number, title, goals) in NationalLines.Where(l => !national.Contains(l.Number)))
        {
            db.ActionLines.Add(new ActionLine
            {
                Number = number,
                Title = title,
                Goals = [.. goals.Select((g, i) => new ActionGoal { Number = i + 1, Text = g })],
            });
        }
        var known = await db.Interventions.Select(i => i.Name).ToListAsync(ct);
        db.Interventions.AddRange(Interventions.Where(n => !known.Contains(n)).Select(n => new Intervention { Name = n }));
        await db.SaveChangesAsync(ct);
    }
}
