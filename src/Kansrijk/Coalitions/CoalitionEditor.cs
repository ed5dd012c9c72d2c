using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>Changes to a coalition, each checked and written together with its line in the history.</summary>
public sealed partial class CoalitionEditor(KansrijkDb db, TimeProvider clock)
{
    public sealed record BudgetInput(string? Year, string? Source, string? Amount, string? Note);

    public sealed record ActivityInput(string? ActivityYear, string? Title, string? ActionLineId, string? InterventionId, string? ActivityStatus,
        string? Reach, string? ReachUnit, string? OwnerPartnerId, string? Evaluation, string? StartsOn = null, string? EndsOn = null, string? ActivityTargetGroup = null);

    public sealed record LineInput(string? LineTitle, string? NationalLineId, string? Goals);

    public sealed record WorkingGroupInput(string? GroupName, string? GroupTheme);

    public sealed record PartnerInput(string? Name, string? Type, string? Domain, string? JoinedYear, string? LeftYear);

    public async Task<FormErrors> AddBudgetLineAsync(Coalition coalition, BudgetInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var line = new BudgetLine { CoalitionId = coalition.Id };
        if (!ParseBudget(input, errors, line)) return errors;
        db.BudgetLines.Add(line);
        await SaveWithHistoryAsync(coalition, who, $"Begroting {line.Year}: {CoalitionNames.Dutch(line.Source)} {CoalitionNames.Euro(line.Amount)} toegevoegd", ct);
        return errors;
    }

    public async Task<FormErrors> AddPartnerAsync(Coalition coalition, PartnerInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var partner = new Partner { CoalitionId = coalition.Id, Name = "" };
        if (!ParsePartner(input, errors, partner)) return errors;
        db.Partners.Add(partner);
        await SaveWithHistoryAsync(coalition, who, $"Partner {partner.Name} ({CoalitionNames.Dutch(partner.Type)}) toegevoegd", ct);
        return errors;
    }

    /// <summary>Checks a budget line's form and, when it is right, writes it into the line.</summary>
    private static bool ParseBudget(BudgetInput input, FormErrors errors, BudgetLine line)
    {
        var year = Year(input.Year, "Year", errors, required: true);
        if (!Enum.TryParse<BudgetSource>(input.Source, out var source)) errors.Add("Source", "Kies de bron van het geld.");
        if (!EuroAmount.TryParseCents(input.Amount, out var cents, out var amountError)) errors.Add("Amount", amountError!);
        if (errors.Any) return false;
        line.Year = year!.Value;
        line.Source = source;
        line.AmountCents = cents;
        line.Note = Trim(input.Note);
        return true;
    }

    /// <summary>Checks a partner's form and, when it is right, writes it into the partner.</summary>
    private static bool ParsePartner(PartnerInput input, FormErrors errors, Partner partner)
    {
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("Name", "Vul de naam van de organisatie in.");
        if (!Enum.TryParse<PartnerType>(input.Type, out var type)) errors.Add("Type", "Kies het soort organisatie.");
        if (!Enum.TryParse<PartnerDomain>(input.Domain, out var domain)) errors.Add("Domain", "Kies het domein.");
        var joined = Year(input.JoinedYear, "JoinedYear", errors, required: false);
        var left = Year(input.LeftYear, "LeftYear", errors, required: false);
        if (joined is not null && left is not null && left < joined) errors.Add("LeftYear", "Het jaar van vertrek ligt voor het jaar van aansluiten.");
        if (errors.Any) return false;
        partner.Name = input.Name!.Trim();
        partner.Type = type;
        partner.Domain = domain;
        partner.JoinedYear = joined;
        partner.LeftYear = left;
        return true;
    }

    public async Task<FormErrors> AddActivityAsync(Coalition coalition, ActivityInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var parsed = await ParseActivityAsync(coalition, input, errors, ct);
        if (parsed is null) return errors;
        var activity = new Activity { CoalitionId = coalition.Id, Title = parsed.Title };
        parsed.ApplyTo(activity);
        db.Activities.Add(activity);
        await SaveWithHistoryAsync(coalition, who, $"Activiteit {parsed.Year}: {parsed.Title} ({CoalitionNames.Dutch(parsed.Status)}) toegevoegd", ct);
        return errors;
    }

    /// <summary>An activity as checked from the form, ready to be written.</summary>
    private sealed record ParsedActivity(int Year, string Title, DateOnly? StartsOn, DateOnly? EndsOn, string? TargetGroup, int ActionLineId,
        int? InterventionId, ActivityStatus Status, int? Reach, string? ReachUnit, int? OwnerPartnerId, string? Evaluation)
    {
        public void ApplyTo(Activity activity)
        {
            activity.Year = Year;
            activity.Title = Title;
            activity.StartsOn = StartsOn;
            activity.EndsOn = EndsOn;
            activity.TargetGroup = TargetGroup;
            activity.ActionLineId = ActionLineId;
            activity.InterventionId = InterventionId;
            activity.Status = Status;
            activity.Reach = Reach;
            activity.ReachUnit = ReachUnit;
            activity.OwnerPartnerId = OwnerPartnerId;
            activity.Evaluation = Evaluation;
        }
    }

    private async Task<ParsedActivity?> ParseActivityAsync(Coalition coalition, ActivityInput input, FormErrors errors, CancellationToken ct)
    {
        var year = Year(input.ActivityYear, "ActivityYear", errors, required: true);
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add("Title", "Vul de naam van de activiteit in.");
        if (!Enum.TryParse<ActivityStatus>(input.ActivityStatus, out var status)) errors.Add("ActivityStatus", "Kies de status.");
        var lineId = int.TryParse(input.ActionLineId, out var l) ? l : (int?)null;
        if (lineId is null || !await db.ActionLines.AnyAsync(x => x.Id == lineId && x.CoalitionId == coalition.Id, ct))
        {
            errors.Add("ActionLineId", "Kies een actielijn van deze coalitie.");
        }
        int? interventionId = string.IsNullOrEmpty(input.InterventionId) ? null : int.TryParse(input.InterventionId, out var i) ? i : -1;
        if (interventionId is not null && !await db.Interventions.AnyAsync(x => x.Id == interventionId, ct)) errors.Add("InterventionId", "Kies een interventie uit de menukaart.");
        int? ownerId = string.IsNullOrEmpty(input.OwnerPartnerId) ? null : int.TryParse(input.OwnerPartnerId, out var o) ? o : -1;
        if (ownerId is not null && !await db.Partners.AnyAsync(x => x.Id == ownerId && x.CoalitionId == coalition.Id, ct)) errors.Add("OwnerPartnerId", "Kies een partner van deze coalitie.");
        int? reach = null;
        if (!string.IsNullOrWhiteSpace(input.Reach))
        {
            if (int.TryParse(input.Reach.Replace(".", ""), out var r) && r >= 0) reach = r;
            else errors.Add("Reach", "Vul het bereik in als een heel getal van 0 of meer.");
        }
        var startsOn = Date(input.StartsOn, "StartsOn", errors);
        var endsOn = Date(input.EndsOn, "EndsOn", errors);
        if (startsOn is not null && endsOn is not null && endsOn < startsOn) errors.Add("EndsOn", "De einddatum ligt voor de begindatum.");
        if (reach is not null && string.IsNullOrWhiteSpace(input.ReachUnit)) errors.Add("ReachUnit", "Zeg wat het bereik telt, bijvoorbeeld: prenatale huisbezoeken.");
        if (errors.Any) return null;
        return new ParsedActivity(year!.Value, input.Title!.Trim(), startsOn, endsOn, Trim(input.ActivityTargetGroup), lineId!.Value, interventionId, status,
            reach, Trim(input.ReachUnit), ownerId, Trim(input.Evaluation));
    }

    /// <summary>A local action line, linked to a national one, with its goals one per line of text.</summary>
    public async Task<FormErrors> AddLineAsync(Coalition coalition, LineInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(input.LineTitle)) errors.Add("LineTitle", "Vul de naam van de actielijn in.");
        var nationalId = int.TryParse(input.NationalLineId, out var n) ? n : (int?)null;
        if (nationalId is null || !await db.ActionLines.AnyAsync(l => l.Id == nationalId && l.CoalitionId == null, ct))
        {
            errors.Add("NationalLineId", "Kies de landelijke actielijn waar deze lijn bij hoort.");
        }
        var goals = (input.Goals ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (goals.Any(g => g.Length > 400)) errors.Add("Goals", "Een doel is langer dan 400 tekens; maak het korter of splits het.");
        if (errors.Any) return errors;

        var number = await db.ActionLines.Where(l => l.CoalitionId == coalition.Id).Select(l => (int?)l.Number).MaxAsync(ct) ?? 0;
        db.ActionLines.Add(new ActionLine
        {
            CoalitionId = coalition.Id,
            Number = number + 1,
            Title = input.LineTitle!.Trim(),
            NationalLineId = nationalId,
            Goals = [.. goals.Select((g, i) => new ActionGoal { Number = i + 1, Text = g })],
        });
        await SaveWithHistoryAsync(coalition, who, $"Actielijn {number + 1}: {input.LineTitle!.Trim()} toegevoegd met {goals.Length} doelen", ct);
        return errors;
    }

    public async Task<FormErrors> AddWorkingGroupAsync(Coalition coalition, WorkingGroupInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(input.GroupName)) errors.Add("GroupName", "Vul de naam van de werkgroep in.");
        if (errors.Any) return errors;

        db.Set<WorkingGroup>().Add(new WorkingGroup { CoalitionId = coalition.Id, Name = input.GroupName!.Trim(), Theme = Trim(input.GroupTheme) });
        await SaveWithHistoryAsync(coalition, who, $"Werkgroep {input.GroupName!.Trim()} toegevoegd", ct);
        return errors;
    }

    private async Task SaveWithHistoryAsync(Coalition coalition, string who, string what, CancellationToken ct)
    {
        db.Add(new CoalitionChange { CoalitionId = coalition.Id, ChangedAt = clock.GetUtcNow().UtcDateTime, ChangedBy = who, What = what });
        await db.SaveChangesAsync(ct);
    }

    private static int? Year(string? text, string field, FormErrors errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(field, "Vul een jaar in.");
            return null;
        }
        if (!int.TryParse(text.Trim(), out var year) || year is < 2000 or > 2100)
        {
            errors.Add(field, "Vul een jaar in van vier cijfers, bijvoorbeeld 2022.");
            return null;
        }
        return year;
    }

    private static DateOnly? Date(string? text, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var date) || DateOnly.TryParseExact(text.Trim(), "d-M-yyyy", out date)) return date;
        errors.Add(field, "Vul een bestaande datum in: dag, maand en jaar in cijfers, bijvoorbeeld 15 3 2022.");
        return null;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
