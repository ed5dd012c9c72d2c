using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Geography;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>Changes to care paths, offers and organisations: each checked, with a Dutch message at the field, and written with its history line.</summary>
public sealed partial class CarePathEditor(KansrijkDb db, TimeProvider clock, Authorizer authorizer)
{
    public sealed record OrganisationInput(string? Name, string? Type, string? Address, string? Phone, string? Email, string? Website, string? Hours, string? Municipalities = null, int Version = 0,
        string? Kind = null, string? AgbCode = null, string? KvkNumber = null, string? IntakeEmail = null);

    public sealed record OfferInput(string? OrganisationId, string? Name, string? Description, IReadOnlyList<string>? Themes, string? TargetGroup,
        string? MinAge, string? MaxAge, string? Insurance, string? Languages, string? Cost, string? Access, string? Phone, string? Email, string? Website,
        string? Municipalities, bool National, string? InterventionId, string? LastCheckedOn, int? Version = null, bool? PrenatalHomeVisit = null);

    public sealed record PathInput(string? Theme, string? Municipality, string? Region);

    public sealed record TextsInput(string? Signals, string? Background, int? Version = null);

    public sealed record StepInput(string? Number, string? Who, string? What, string? Consent, bool WarmHandover, string? Escalation);

    public sealed record RuleInput(string? RuleMinAge, string? RuleMaxAge, string? Situation, string? RuleOfferId);

    // ---- organisations ----

    public (Organisation? Organisation, FormErrors Errors) CheckOrganisation(OrganisationInput input, Organisation? existing)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("Name", "Vul de naam van de organisatie in.");
        CheckContact(input.Phone, input.Email, input.Website, errors);
        var kind = string.IsNullOrWhiteSpace(input.Kind) ? OrganisationKind.Other : OrganisationKinds.Parse(input.Kind);
        if (kind is null) errors.Add("Kind", "Kies de soort organisatie uit de lijst.");
        if (!EightDigits(input.AgbCode)) errors.Add("AgbCode", "Een AGB-code bestaat uit 8 cijfers, bijvoorbeeld 01234567. Laat het veld leeg als u hem niet weet.");
        if (!EightDigits(input.KvkNumber)) errors.Add("KvkNumber", "Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678. Laat het veld leeg als u het niet weet.");
        if (!string.IsNullOrWhiteSpace(input.IntakeEmail) && !ContactCheck.IsEmail(input.IntakeEmail)) errors.Add("IntakeEmail", ContactCheck.EmailError);
        if (errors.Any) return (null, errors);
        var o = existing ?? new Organisation { Name = "" };
        o.Name = input.Name!.Trim();
        o.Kind = kind!.Value;
        o.AgbCode = Trim(input.AgbCode);
        o.KvkNumber = Trim(input.KvkNumber);
        o.IntakeEmail = Trim(input.IntakeEmail);
        o.Type = Trim(input.Type);
        o.Address = Trim(input.Address);
        o.Phone = Trim(input.Phone);
        o.Email = Trim(input.Email);
        o.Website = Trim(input.Website);
        o.Hours = Trim(input.Hours);
        return (o, errors);
    }

    public async Task<(int? Id, FormErrors Errors)> SaveOrganisationAsync(OrganisationInput input, int? id, string who, CancellationToken ct)
    {
        var existing = id is null ? null : await db.Organisations.Include(o => o.Municipalities).FirstOrDefaultAsync(o => o.Id == id, ct);
        var before = existing?.Municipalities.Select(m => m.MunicipalityCode).ToList() ?? [];
        var (organisation, errors) = CheckOrganisation(input, existing);
        var codes = CodeList(input.Municipalities);
        var unknown = codes.Except(await db.Areas.Where(a => codes.Contains(a.Code) && a.Type == AreaType.Municipality).Select(a => a.Code).ToListAsync(ct)).ToList();
        var scope = await authorizer.ScopeAsync(ct);
        if (unknown.Count > 0)
            errors.Add("Municipalities", MunicipalityDirectory.Unknown(unknown));
        else if (codes.Count == 0 && !scope.All)
            errors.Add("Municipalities", "Vul minstens één gemeente in die de organisatie bedient, bijvoorbeeld Haarlem. Alleen een beheerder legt een landelijke organisatie vast.");
        else if (!await authorizer.AllowsScopeChangeAsync(Permissions.OrganisationMunicipalitiesChange, "Organisatie", id?.ToString(CultureInfo.InvariantCulture), before, codes, ct))
            errors.Add("Municipalities", "U mag alleen gemeenten toevoegen of weghalen waarvoor u coördinator bent: "
                + $"{string.Join(", ", codes.Except(before).Concat(before.Except(codes)).Where(c => !scope.Covers(c)).Select(MunicipalityDirectory.NameOf))} valt erbuiten.");
        if (organisation is null || errors.Any)
        {
            db.ChangeTracker.Clear();
            return (null, errors);
        }
        if (existing is not null) db.ExpectVersion(existing, input.Version);
        organisation.Municipalities.RemoveAll(m => !codes.Contains(m.MunicipalityCode));
        organisation.Municipalities.AddRange(codes.Where(c => organisation.Municipalities.All(m => m.MunicipalityCode != c)).Select(c => new OrganisationMunicipality { MunicipalityCode = c }));
        if (existing is null) db.Organisations.Add(organisation);
        if (!await SaveOrConflictAsync(organisation.Id, null, errors, ct)) return (null, errors);
        await HistoryAsync(null, null, organisation.Id, who, existing is null ? $"Organisatie {organisation.Name} aangemaakt" : $"Organisatie {organisation.Name} gewijzigd", ct);
        return (organisation.Id, errors);
    }

    // ---- offers ----

    /// <summary>Checks an offer against the rules and the editor's scope and fills <paramref name="offer"/> when all is well.</summary>
    public async Task<FormErrors> CheckOfferAsync(OfferInput input, Offer offer, EditScope scope, IReadOnlyDictionary<string, RiskTheme> themes,
        Func<int, Task<Organisation?>> organisationById, CancellationToken ct)
    {
        var errors = new FormErrors();
        Organisation? organisation = null;
        if (!int.TryParse(input.OrganisationId, NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId)
            || (organisation = await organisationById(organisationId)) is null)
        {
            errors.Add("OrganisationId", "Kies de organisatie die dit aanbod geeft.");
        }
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("Name", "Vul de naam van het aanbod in.");
        if (string.IsNullOrWhiteSpace(input.Description)) errors.Add("Description", "Beschrijf in gewone taal wat het aanbod is en voor wie.");
        var themeList = (input.Themes ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
        var unknownThemes = themeList.Where(t => !themes.ContainsKey(t)).ToList();
        if (themeList.Count == 0) errors.Add("Themes", "Kies minstens één thema.");
        else if (unknownThemes.Count > 0) errors.Add("Themes", $"Onbekend thema: {string.Join(", ", unknownThemes)}.");
        var min = Age(input.MinAge, "MinAge", errors);
        var max = Age(input.MaxAge, "MaxAge", errors);
        if (min is not null && max is not null && min > max) errors.Add("MaxAge", $"De leeftijdsgrens is leeg: 'tot en met {max}' ligt onder 'vanaf {min}'.");
        var insurance = InsuranceCriterion.Any;
        if (!string.IsNullOrEmpty(input.Insurance) && !Enum.TryParse(input.Insurance, out insurance)) errors.Add("Insurance", "Kies voor wie het aanbod is: verzekerd, onverzekerd of beide.");
        if (!Enum.TryParse<OfferAccess>(input.Access, out var access)) errors.Add("Access", "Kies hoe iemand bij dit aanbod komt.");
        var languages = LanguageList(input.Languages);
        var unknownLanguages = languages.Where(l => !CarePathNames.Languages.ContainsKey(l)).ToList();
        if (unknownLanguages.Count > 0) errors.Add("Languages", $"Kies de talen uit de lijst; onbekend: {string.Join(", ", unknownLanguages)}.");
        CheckContact(input.Phone, input.Email, input.Website, errors);
        if (!errors.Any && organisation is not null && new[] { input.Phone, input.Email, input.Website, organisation.Phone, organisation.Email, organisation.Website }.All(string.IsNullOrWhiteSpace))
        {
            errors.Add("Phone", "Dit aanbod is niet te bereiken. Vul een telefoonnummer, e-mailadres of website in, hier of bij de organisatie.");
        }
        var codes = CodeList(input.Municipalities);
        if (input.National)
        {
            if (!scope.All) errors.Add("Municipalities", "Alleen een beheerder mag landelijk aanbod vastleggen.");
        }
        else if (codes.Count == 0)
        {
            errors.Add("Municipalities", "Vul minstens één gemeente in, bijvoorbeeld Haarlem.");
        }
        else
        {
            var known = await db.Areas.Where(a => codes.Contains(a.Code) && a.Type == AreaType.Municipality).Select(a => a.Code).ToListAsync(ct);
            var unknown = codes.Except(known).ToList();
            if (unknown.Count > 0) errors.Add("Municipalities", MunicipalityDirectory.Unknown(unknown));
            else if (!scope.CoversAll(codes)) errors.Add("Municipalities", $"U mag alleen aanbod vastleggen voor gemeenten waarvoor u coördinator bent: {string.Join(", ", codes.Where(c => !scope.Covers(c)).Select(MunicipalityDirectory.NameOf))} valt erbuiten.");
        }
        int? interventionId = null;
        if (!string.IsNullOrWhiteSpace(input.InterventionId))
        {
            if (int.TryParse(input.InterventionId, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && await db.Interventions.AnyAsync(x => x.Id == i, ct)) interventionId = i;
            else errors.Add("InterventionId", "Kies een interventie uit de menukaart, of geen.");
        }
        var checkedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(input.LastCheckedOn))
        {
            if (!DateOnly.TryParseExact(input.LastCheckedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out checkedOn))
                errors.Add("LastCheckedOn", "Vul een bestaande datum in: dag, maand en jaar in cijfers, bijvoorbeeld 15 3 2026.");
            else if (checkedOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
                errors.Add("LastCheckedOn", "De datum van de laatste controle ligt in de toekomst.");
        }
        if (errors.Any) return errors;

        offer.OrganisationId = organisation!.Id;
        offer.Name = input.Name!.Trim();
        offer.Description = input.Description!.Trim();
        offer.TargetGroup = Trim(input.TargetGroup);
        offer.MinAge = min;
        offer.MaxAge = max;
        offer.Insurance = insurance;
        offer.Access = access;
        offer.Languages = languages.Count == 0 ? ",nl," : $",{string.Join(',', languages)},";
        offer.Cost = Trim(input.Cost);
        offer.Phone = Trim(input.Phone);
        offer.Email = Trim(input.Email);
        offer.Website = Trim(input.Website);
        offer.National = input.National;
        // the social-map import does not carry the flag (null): it keeps what the offer had
        if (input.PrenatalHomeVisit is { } homeVisit) offer.IsPrenatalHomeVisit = homeVisit;
        offer.InterventionId = interventionId;
        offer.LastCheckedOn = checkedOn;
        var themeIds = themeList.Select(t => themes[t].Id).ToHashSet();
        offer.Themes.RemoveAll(t => !themeIds.Contains(t.ThemeId));
        offer.Themes.AddRange(themeIds.Where(id => offer.Themes.All(t => t.ThemeId != id)).Select(id => new OfferTheme { ThemeId = id }));
        // A national offer serves "NL01" (the Netherlands), so one index on OfferMunicipality finds local and national offers.
        IReadOnlyList<string> municipalityCodes = input.National ? [Area.NetherlandsCode] : codes;
        offer.Municipalities.RemoveAll(m => !municipalityCodes.Contains(m.MunicipalityCode));
        offer.Municipalities.AddRange(municipalityCodes.Where(c => offer.Municipalities.All(m => m.MunicipalityCode != c)).Select(c => new OfferMunicipality { MunicipalityCode = c }));
        SetKeys(offer, organisation, themes.Values.Where(t => themeIds.Contains(t.Id)));
        return errors;
    }

    /// <summary>Fills the search columns of an offer: its folded text and its theme ids.</summary>
    public static void SetKeys(Offer offer, Organisation organisation, IEnumerable<RiskTheme> themes)
    {
        var list = themes.ToList();
        offer.SearchKey = SearchKey(offer, organisation, list);
        offer.ThemeKey = $",{string.Join(',', list.Select(t => t.Id).Order())},";
    }

    public static string SearchKey(Offer offer, Organisation organisation, IEnumerable<RiskTheme> themes)
    {
        var key = SearchText.Normalise(string.Join(' ', new[] { offer.Name, organisation.Name, offer.TargetGroup, offer.Description }
            .Concat(themes.Select(t => t.Name)).OfType<string>()));
        return key.Length > 3000 ? key[..3000] : key;
    }

    public async Task<(int? Id, FormErrors Errors)> SaveOfferAsync(OfferInput input, int? id, EditScope scope, string who, CancellationToken ct)
    {
        Offer? offer = null;
        if (id is not null)
        {
            offer = await db.Offers.Include(o => o.Themes).Include(o => o.Municipalities).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (offer is null || !await authorizer.AllowsAsync(Permissions.OfferEdit, CarePathResources.Offer(offer), ct))
            {
                var denied = new FormErrors();
                denied.Add("Name", "U mag dit aanbod niet wijzigen.");
                return (null, denied);
            }
        }
        var isNew = offer is null;
        offer ??= new Offer { Name = "", Status = ContentStatus.Draft };
        var themes = await db.RiskThemes.AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var errors = await CheckOfferAsync(input, offer, scope, themes, async oid => await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == oid, ct), ct);
        if (errors.Any)
        {
            if (!isNew) db.ChangeTracker.Clear();
            return (null, errors);
        }
        if (isNew) db.Offers.Add(offer);
        else if (input.Version is { } seen) db.ExpectVersion(offer, seen);
        if (!await SaveOrConflictAsync(null, offer.Id, errors, ct)) return (null, errors);
        await HistoryAsync(null, offer.Id, null, who, isNew ? $"Aanbod {offer.Name} aangemaakt (concept)" : $"Aanbod {offer.Name} gewijzigd", ct);
        return (offer.Id, errors);
    }

    public async Task SetOfferStatusAsync(Offer offer, ContentStatus status, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Offers.Where(o => o.Id == offer.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status), ct);
        await HistoryAsync(null, offer.Id, null, who, status == ContentStatus.Published ? $"Aanbod {offer.Name} gepubliceerd" : $"Aanbod {offer.Name} teruggezet naar concept", ct);
        await transaction.CommitAsync(ct);
    }

    public async Task MarkCheckedAsync(Offer offer, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await db.Offers.Where(o => o.Id == offer.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.LastCheckedOn, today), ct);
        await HistoryAsync(null, offer.Id, null, who, $"Aanbod {offer.Name} gecontroleerd op {today:yyyy-MM-dd}", ct);
        await transaction.CommitAsync(ct);
    }

    // ---- paths ----

    public async Task<(int? Id, FormErrors Errors)> CreatePathAsync(PathInput input, EditScope scope, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var theme = string.IsNullOrWhiteSpace(input.Theme) ? null : await db.RiskThemes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == input.Theme, ct);
        if (theme is null) errors.Add("Theme", "Kies een thema.");
        var municipalityCode = Trim(input.Municipality) is { } typed ? MunicipalityDirectory.Find(typed)?.Code ?? typed.ToUpperInvariant() : null;
        var regionCode = Trim(input.Region)?.ToUpperInvariant();
        Area? municipality = null, region = null;
        if (municipalityCode is not null && (municipality = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == municipalityCode && a.Type == AreaType.Municipality, ct)) is null)
            errors.Add("Municipality", "Kies een gemeente uit de lijst.");
        if (regionCode is not null && (region = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == regionCode && a.Type == AreaType.GgdRegion, ct)) is null)
            errors.Add("Region", "Kies een GGD-regio uit de lijst.");
        if (municipalityCode is null && regionCode is null) errors.Add("Municipality", "Vul een gemeente in, of een GGD-regio voor een regionaal pad.");
        if (municipality is not null && region is not null && municipality.GgdRegionCode != region.Code)
            errors.Add("Region", $"{municipality.Name} hoort niet bij {region.Name}. Een gemeente vult alleen het pad van haar eigen GGD-regio aan; laat dit veld leeg of kies {MunicipalityDirectory.NameOf(municipality.GgdRegionCode ?? "")}.");
        if (errors.Any) return (null, errors);
        var areaCode = municipality?.Code ?? region!.Code;
        if (!await authorizer.AllowsAsync(Permissions.CarePathEdit, await new CarePathResources(db).AreaAsync(areaCode, ct), ct))
        {
            errors.Add(municipality is null ? "Region" : "Municipality", municipality is null
                ? "Een regionaal pad mag alleen wie coördinator is voor alle gemeenten van de regio, of een beheerder."
                : "U mag alleen zorgpaden maken voor gemeenten waarvoor u coördinator bent.");
            return (null, errors);
        }
        if (await db.CarePaths.AnyAsync(p => p.AreaCode == areaCode && p.ThemeId == theme!.Id && p.RevisionOfId == null, ct))
        {
            errors.Add("Theme", $"Er is al een zorgpad voor {theme!.Name} in {municipality?.Name ?? region!.Name}. Open dat pad om het te wijzigen.");
            return (null, errors);
        }
        var path = new CarePath { ThemeId = theme!.Id, AreaCode = areaCode, Status = ContentStatus.Draft };
        db.CarePaths.Add(path);
        await db.SaveChangesAsync(ct);
        await PathHistoryAsync(path, who, $"Zorgpad {theme.Name} voor {municipality?.Name ?? region!.Name} aangemaakt (concept)", ct);
        return (path.Id, errors);
    }

    /// <summary>Saves the texts only while the path still has the version the editor saw; otherwise says who changed it.</summary>
    public async Task<FormErrors> SaveTextsAsync(CarePath path, TextsInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var signals = Trim(input.Signals);
        var background = Trim(input.Background);
        var tracked = await db.CarePaths.FirstAsync(p => p.Id == path.Id, ct);
        tracked.Signals = signals;
        tracked.Background = background;
        if (input.Version is { } seen) db.ExpectVersion(tracked, seen);
        if (!await SaveOrConflictAsync(null, null, errors, ct, pathId: path.RevisionOfId ?? path.Id, field: "Signals")) return errors;
        var changed = new List<string>();
        if (signals != path.Signals) changed.Add("signalen");
        if (background != path.Background) changed.Add("landelijke achtergrond");
        await PathHistoryAsync(path, who, changed.Count == 0 ? "Teksten opgeslagen zonder wijziging" : $"Gewijzigd: {string.Join(" en ", changed)}", ct);
        await transaction.CommitAsync(ct);
        return errors;
    }

    public async Task<FormErrors> AddStepAsync(CarePath path, StepInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        if (!int.TryParse(input.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 99)
            errors.Add("Number", "Vul het nummer van de stap in: een heel getal van 1 tot en met 99.");
        else if (path.Steps.Any(s => s.Number == number))
            errors.Add("Number", $"Stap {number} bestaat al in dit pad. Verwijder die eerst of kies een ander nummer.");
        if (string.IsNullOrWhiteSpace(input.Who)) errors.Add("Who", "Vul in wie deze stap zet, bijvoorbeeld: de verloskundige.");
        if (string.IsNullOrWhiteSpace(input.What)) errors.Add("What", "Beschrijf wat er in deze stap gebeurt.");
        if (errors.Any) return errors;
        db.CarePathSteps.Add(new CarePathStep { CarePathId = path.Id, Number = number, Who = input.Who!.Trim(), What = input.What!.Trim(), Consent = Trim(input.Consent), WarmHandover = input.WarmHandover, Escalation = Trim(input.Escalation) });
        await db.SaveChangesAsync(ct);
        await PathHistoryAsync(path, who, $"Stap {number} toegevoegd: {input.Who!.Trim()}", ct);
        return errors;
    }

    public async Task RemoveStepAsync(CarePath path, int stepId, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var step = path.Steps.FirstOrDefault(s => s.Id == stepId);
        if (step is null) return;
        await db.CarePathSteps.Where(s => s.Id == stepId && s.CarePathId == path.Id).ExecuteDeleteAsync(ct);
        await PathHistoryAsync(path, who, $"Stap {step.Number} verwijderd: {step.Who}", ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<FormErrors> AddRuleAsync(CarePath path, RuleInput input, IReadOnlyList<Offer> allowedOffers, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var min = Age(input.RuleMinAge, "RuleMinAge", errors);
        var max = Age(input.RuleMaxAge, "RuleMaxAge", errors);
        if (!errors.Any && min is not null && max is not null && min > max)
            errors.Add("RuleMaxAge", $"Deze leeftijdsgrens is leeg: 'tot en met {max}' ligt onder 'vanaf {min}'.");
        var situation = Trim(input.Situation);
        if (!errors.Any)
        {
            var overlap = path.Rules.FirstOrDefault(r => SearchText.Normalise(r.Situation) == SearchText.Normalise(situation)
                && (r.MinAge ?? 0) <= (max ?? int.MaxValue) && (min ?? 0) <= (r.MaxAge ?? int.MaxValue));
            if (overlap is not null)
                errors.Add("RuleMinAge", $"Deze leeftijden overlappen met de afspraak voor {CarePathNames.AgeRange(overlap.MinAge, overlap.MaxAge)}{(overlap.Situation is null ? "" : $" ({overlap.Situation})")}. Eén leeftijd hoort bij één afspraak.");
        }
        Offer? offer = null;
        if (!int.TryParse(input.RuleOfferId, NumberStyles.None, CultureInfo.InvariantCulture, out var offerId) || (offer = allowedOffers.FirstOrDefault(o => o.Id == offerId)) is null)
            errors.Add("RuleOfferId", "Kies het aanbod waar deze afspraak naartoe verwijst.");
        if (errors.Any) return errors;
        db.RoutingRules.Add(new RoutingRule { CarePathId = path.Id, MinAge = min, MaxAge = max, Situation = situation, OfferId = offerId });
        await db.SaveChangesAsync(ct);
        await PathHistoryAsync(path, who, $"Afspraak toegevoegd: {CarePathNames.AgeRange(min, max)}{(situation is null ? "" : $", {situation}")} → {offer!.Name}", ct);
        return errors;
    }

    public async Task RemoveRuleAsync(CarePath path, int ruleId, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rule = path.Rules.FirstOrDefault(r => r.Id == ruleId);
        if (rule is null) return;
        await db.RoutingRules.Where(r => r.Id == ruleId && r.CarePathId == path.Id).ExecuteDeleteAsync(ct);
        await PathHistoryAsync(path, who, $"Afspraak verwijderd: {CarePathNames.AgeRange(rule.MinAge, rule.MaxAge)}", ct);
        await transaction.CommitAsync(ct);
    }

    public async Task SetPathStatusAsync(CarePath path, ContentStatus status, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.CarePaths.Where(p => p.Id == path.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, status), ct);
        await PathHistoryAsync(path, who, status == ContentStatus.Published ? "Gepubliceerd" : "Teruggezet naar concept", ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>A concept copy of a published path (or the one that already exists), where changes are prepared.</summary>
    public async Task<int> StartRevisionAsync(CarePath path, string who, CancellationToken ct)
    {
        if (await db.CarePaths.Where(p => p.RevisionOfId == path.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            return existing;
        }
        var revision = new CarePath
        {
            ThemeId = path.ThemeId,
            AreaCode = path.AreaCode,
            Signals = path.Signals,
            Background = path.Background,
            IsExample = path.IsExample,
            Status = ContentStatus.Draft,
            RevisionOfId = path.Id,
            Steps = [.. path.Steps.Select(step => CopyOf(step, 0))],
            Rules = [.. path.Rules.Select(rule => CopyOf(rule, 0))],
        };
        db.CarePaths.Add(revision);
        await db.SaveChangesAsync(ct);
        await HistoryAsync(path.Id, null, null, who, "Concept gemaakt om wijzigingen voor te bereiden", ct);
        return revision.Id;
    }

    /// <summary>Puts the concept's texts, steps and rules in the published path and removes the concept, in one transaction.</summary>
    public async Task<int> PublishRevisionAsync(CarePath revision, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var original = await db.CarePaths.Include(p => p.Steps).Include(p => p.Rules).AsSplitQuery().FirstAsync(p => p.Id == revision.RevisionOfId, ct);
        original.Signals = revision.Signals;
        original.Background = revision.Background;
        db.CarePathSteps.RemoveRange(original.Steps);
        db.RoutingRules.RemoveRange(original.Rules);
        await db.SaveChangesAsync(ct);
        db.CarePathSteps.AddRange(revision.Steps.Select(s => CopyOf(s, original.Id)));
        db.RoutingRules.AddRange(revision.Rules.Select(r => CopyOf(r, original.Id)));
        await db.CarePaths.Where(p => p.Id == revision.Id).ExecuteDeleteAsync(ct);
        await HistoryAsync(original.Id, null, null, who, "Concept gepubliceerd: de wijzigingen zijn nu zichtbaar", ct);
        await transaction.CommitAsync(ct);
        return original.Id;
    }

    public async Task DiscardRevisionAsync(CarePath revision, string who, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.CarePaths.Where(p => p.Id == revision.Id && p.RevisionOfId != null).ExecuteDeleteAsync(ct);
        await HistoryAsync(revision.RevisionOfId, null, null, who, "Concept weggegooid; het gepubliceerde pad is niet veranderd", ct);
        await transaction.CommitAsync(ct);
    }

    private static CarePathStep CopyOf(CarePathStep s, int pathId) => new()
    {
        CarePathId = pathId,
        Number = s.Number,
        Who = s.Who,
        What = s.What,
        Consent = s.Consent,
        WarmHandover = s.WarmHandover,
        Escalation = s.Escalation,
    };

    private static RoutingRule CopyOf(RoutingRule r, int pathId) => new() { CarePathId = pathId, MinAge = r.MinAge, MaxAge = r.MaxAge, Situation = r.Situation, OfferId = r.OfferId };

    // ---- shared ----

    /// <summary>Saves; when someone else saved first, says so (with the last line of the history) and keeps nothing.</summary>
    private async Task<bool> SaveOrConflictAsync(int? organisationId, int? offerId, FormErrors errors, CancellationToken ct, int? pathId = null, string field = "Name")
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var last = await db.CarePathChanges.AsNoTracking()
                .Where(c => (organisationId != null && c.OrganisationId == organisationId) || (offerId != null && c.OfferId == offerId) || (pathId != null && c.CarePathId == pathId))
                .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
            errors.Add(field, Versions.Conflict(last?.ChangedBy, last?.ChangedAt) + (last is null ? "" : $" Die wijziging: {last.What}."));
            errors.Conflict = true;
            return false;
        }
    }
    // Changes made with ExecuteUpdate or ExecuteDelete run in a transaction with their history line, so the access-log
    // row that KansrijkDb writes for that line commits together with the change.

    /// <summary>The history of a concept belongs to the path it prepares, so it stays when the concept is published.</summary>
    private Task PathHistoryAsync(CarePath path, string who, string what, CancellationToken ct) =>
        path.RevisionOfId is { } original ? HistoryAsync(original, null, null, who, "Concept: " + what, ct) : HistoryAsync(path.Id, null, null, who, what, ct);

    private async Task HistoryAsync(int? pathId, int? offerId, int? organisationId, string who, string what, CancellationToken ct)
    {
        db.CarePathChanges.Add(new CarePathChange
        {
            CarePathId = pathId,
            OfferId = offerId,
            OrganisationId = organisationId,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            ChangedBy = who,
            What = what.Length > 1000 ? what[..1000] : what,
        });
        await db.SaveChangesAsync(ct);
    }

    private static bool EightDigits(string? text) => string.IsNullOrWhiteSpace(text) || (text.Trim().Length == 8 && text.Trim().All(char.IsAsciiDigit));

    public static void CheckContact(string? phone, string? email, string? website, FormErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(phone) && !ContactCheck.IsPhone(phone)) errors.Add("Phone", ContactCheck.PhoneError);
        if (!string.IsNullOrWhiteSpace(email) && !ContactCheck.IsEmail(email)) errors.Add("Email", ContactCheck.EmailError);
        if (!string.IsNullOrWhiteSpace(website) && !ContactCheck.IsWebsite(website)) errors.Add("Website", ContactCheck.WebsiteError);
    }

    public static int? Age(string? text, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= 120) return age;
        errors.Add(field, "Vul een leeftijd in jaren in, een heel getal van 0 tot en met 120.");
        return null;
    }

    /// <summary>Municipalities typed by name (or CBS code), separated by commas; an unknown name comes back as typed.</summary>
    public static IReadOnlyList<string> CodeList(string? text) => MunicipalityDirectory.Codes(text);

    public static IReadOnlyList<string> LanguageList(string? text) =>
        [.. (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToLowerInvariant()).Distinct()];

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
