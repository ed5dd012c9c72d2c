using System.Globalization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>
/// Changing, ending and removing a budget line or a partner, the same way as an activity: a line in the coalition's
/// history for each, and refused when someone else saved the item after the form was opened.
/// </summary>
public sealed partial class CoalitionEditor
{
    public static BudgetInput InputOf(BudgetLine b) =>
        new(b.Year.ToString(CultureInfo.InvariantCulture), b.Source.ToString(), b.Amount.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL")), b.Note);

    public static PartnerInput InputOf(Partner p) => new(p.Name, p.Type.ToString(), p.Domain.ToString(),
        p.JoinedYear?.ToString(CultureInfo.InvariantCulture), p.LeftYear?.ToString(CultureInfo.InvariantCulture));

    public async Task<FormErrors> ChangeBudgetLineAsync(Coalition coalition, int lineId, int version, BudgetInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var line = await db.BudgetLines.FirstAsync(b => b.Id == lineId && b.CoalitionId == coalition.Id, ct);
        var before = Describe(line);
        if (!ParseBudget(input, errors, line)) return errors;
        db.ExpectVersion(line, version);
        return await SaveVersionedAsync(coalition, $"Begroting {line.Year}: {CoalitionNames.Dutch(line.Source)} gewijzigd: {Changes(before, Describe(line))}", "Amount", who, ct);
    }

    /// <summary>Ends a budget line on a date: it stays in the budget with its amount, and says until when.</summary>
    public async Task<FormErrors> EndBudgetLineAsync(Coalition coalition, int lineId, int version, string? endsOn, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var date = Date(endsOn, "EndDate", errors);
        if (date is null && !errors.Any) errors.Add("EndDate", "Vul de einddatum in.");
        var line = await db.BudgetLines.FirstAsync(b => b.Id == lineId && b.CoalitionId == coalition.Id, ct);
        if (date is not null && date.Value.Year < line.Year) errors.Add("EndDate", $"De einddatum ligt voor het begrotingsjaar {line.Year}.");
        if (errors.Any) return errors;
        db.ExpectVersion(line, version);
        line.EndsOn = date;
        return await SaveVersionedAsync(coalition,
            $"Begroting {line.Year}: {CoalitionNames.Dutch(line.Source)} {CoalitionNames.Euro(line.Amount)} beëindigd op {LongDate(date!.Value)}", "EndDate", who, ct);
    }

    public async Task<FormErrors> RemoveBudgetLineAsync(Coalition coalition, int lineId, int version, string who, CancellationToken ct)
    {
        var line = await db.BudgetLines.FirstAsync(b => b.Id == lineId && b.CoalitionId == coalition.Id, ct);
        db.ExpectVersion(line, version);
        db.BudgetLines.Remove(line);
        return await SaveVersionedAsync(coalition, $"Begroting {line.Year}: {CoalitionNames.Dutch(line.Source)} verwijderd (was: {Was(Describe(line))})", "Remove", who, ct);
    }

    public async Task<FormErrors> ChangePartnerAsync(Coalition coalition, int partnerId, int version, PartnerInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var partner = await db.Partners.FirstAsync(p => p.Id == partnerId && p.CoalitionId == coalition.Id, ct);
        var before = Describe(partner);
        if (!ParsePartner(input, errors, partner)) return errors;
        db.ExpectVersion(partner, version);
        return await SaveVersionedAsync(coalition, $"Partner {partner.Name} gewijzigd: {Changes(before, Describe(partner))}", "Name", who, ct);
    }

    /// <summary>Ends a partner's part in the coalition: the sources count partners per year, so the partner leaves in a year and stays in the figures before it.</summary>
    public async Task<FormErrors> EndPartnerAsync(Coalition coalition, int partnerId, int version, string? leftYear, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var year = Year(leftYear, "EndYear", errors, required: true);
        var partner = await db.Partners.FirstAsync(p => p.Id == partnerId && p.CoalitionId == coalition.Id, ct);
        if (year is not null && partner.JoinedYear is { } joined && year < joined) errors.Add("EndYear", $"Het jaar van vertrek ligt voor het jaar van aansluiten ({joined}).");
        if (errors.Any) return errors;
        db.ExpectVersion(partner, version);
        partner.LeftYear = year;
        return await SaveVersionedAsync(coalition, $"Partner {partner.Name} doet niet meer mee vanaf {year}", "EndYear", who, ct);
    }

    /// <summary>Removes a partner, unless activities name it as their owner: those would lose their owner without anyone deciding so.</summary>
    public async Task<FormErrors> RemovePartnerAsync(Coalition coalition, int partnerId, int version, string who, CancellationToken ct)
    {
        var partner = await db.Partners.FirstAsync(p => p.Id == partnerId && p.CoalitionId == coalition.Id, ct);
        var owned = await db.Activities.Where(a => a.OwnerPartnerId == partnerId).OrderBy(a => a.Year).ThenBy(a => a.Title).Select(a => a.Title).ToListAsync(ct);
        if (owned.Count > 0)
        {
            var errors = new FormErrors();
            errors.Add("Remove", $"{partner.Name} is eigenaar van {(owned.Count == 1 ? "de activiteit" : $"{owned.Count} activiteiten:")} {string.Join(", ", owned)}. " +
                "Kies bij die activiteiten eerst een andere eigenaar, of laat de partner stoppen in plaats van hem te verwijderen.");
            return errors;
        }
        db.ExpectVersion(partner, version);
        db.Partners.Remove(partner);
        return await SaveVersionedAsync(coalition, $"Partner {partner.Name} verwijderd (was: {Was(Describe(partner))})", "Remove", who, ct);
    }

    private static Dictionary<string, string> Describe(BudgetLine b) => new()
    {
        ["jaar"] = b.Year.ToString(CultureInfo.InvariantCulture),
        ["bron"] = CoalitionNames.Dutch(b.Source).ToLowerInvariant(),
        ["bedrag"] = CoalitionNames.Euro(b.Amount),
        ["toelichting"] = b.Note ?? "—",
        ["einde"] = b.EndsOn?.ToString("d-M-yyyy", CultureInfo.InvariantCulture) ?? "—",
    };

    private static Dictionary<string, string> Describe(Partner p) => new()
    {
        ["naam"] = p.Name,
        ["soort"] = CoalitionNames.Dutch(p.Type).ToLowerInvariant(),
        ["domein"] = CoalitionNames.Dutch(p.Domain).ToLowerInvariant(),
        ["sinds"] = p.JoinedYear?.ToString(CultureInfo.InvariantCulture) ?? "—",
        ["tot"] = p.LeftYear?.ToString(CultureInfo.InvariantCulture) ?? "—",
    };
}
