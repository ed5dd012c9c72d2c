using System.Globalization;
using System.Text;
using System.Text.Json;
using Kansrijk.Geography;
using Kansrijk.Organisations;
using Kansrijk.Platform.Csv;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>A problem with one cell (or the whole file, row 0) of an import, in plain Dutch.</summary>
public sealed record TransferError(int Row, string Column, string Message);

public sealed record TransferResult(bool Succeeded, int Offers, int NewOrganisations, IReadOnlyList<TransferError> Errors);

/// <summary>
/// Organisations and offers as CSV (';' or ',') or JSON (an array of objects), one row per offer with its organisation's
/// columns. Import is all-or-nothing: every error is reported with row, column and reason, and nothing is stored unless
/// there are none. Imported offers are drafts until someone publishes them. Export writes the same columns.
/// </summary>
public sealed class SocialMapTransfer(KansrijkDb db, TimeProvider clock, CarePathEditor editor)
{
    public static readonly string[] Columns =
    [
        "organisatie", "organisatie_type", "adres", "organisatie_telefoon", "organisatie_email", "organisatie_website", "openingstijden",
        "aanbod", "beschrijving", "themas", "doelgroep", "leeftijd_vanaf", "leeftijd_tot_en_met", "verzekering", "talen", "kosten",
        "toegang", "telefoon", "email", "website", "gemeenten", "interventie", "laatst_gecontroleerd", PrenatalHomeVisitColumn,
    ];

    /// <summary>"ja" when the offer is the prenatal home visit by the JGZ; optional, so files from before it still import.</summary>
    public const string PrenatalHomeVisitColumn = "prenataal_huisbezoek";

    private static readonly string[] OptionalColumns = [PrenatalHomeVisitColumn];

    private static readonly Dictionary<string, string> OfferFieldColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OrganisationId"] = "organisatie",
        ["Name"] = "aanbod",
        ["Description"] = "beschrijving",
        ["Themes"] = "themas",
        ["MinAge"] = "leeftijd_vanaf",
        ["MaxAge"] = "leeftijd_tot_en_met",
        ["Insurance"] = "verzekering",
        ["Languages"] = "talen",
        ["Access"] = "toegang",
        ["Phone"] = "telefoon",
        ["Email"] = "email",
        ["Website"] = "website",
        ["Municipalities"] = "gemeenten",
        ["InterventionId"] = "interventie",
        ["LastCheckedOn"] = "laatst_gecontroleerd",
    };

    private static readonly Dictionary<string, string> OrganisationFieldColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Name"] = "organisatie",
        ["Phone"] = "organisatie_telefoon",
        ["Email"] = "organisatie_email",
        ["Website"] = "organisatie_website",
    };

    private static readonly Dictionary<string, InsuranceCriterion> InsuranceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["beide"] = InsuranceCriterion.Any,
        [""] = InsuranceCriterion.Any,
        ["verzekerd"] = InsuranceCriterion.InsuredOnly,
        ["onverzekerd"] = InsuranceCriterion.UninsuredOnly,
    };

    private static readonly Dictionary<string, OfferAccess> AccessWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zelf"] = OfferAccess.SelfReferral,
        ["verwijzing"] = OfferAccess.ReferralNeeded,
        ["toestemming"] = OfferAccess.ConsentNeeded,
    };

    public const string National = "landelijk";

    // ---- reading ----

    public static (IReadOnlyList<Dictionary<string, string>> Rows, List<TransferError> Errors) ReadCsv(string content)
    {
        var errors = new List<TransferError>();
        var rows = new List<Dictionary<string, string>>();
        if (CsvText.IsEmpty(content))
        {
            errors.Add(new TransferError(0, "", "Het bestand is leeg."));
            return (rows, errors);
        }
        using var csv = CsvText.Open(content);
        if (!csv.Read())
        {
            errors.Add(new TransferError(1, "", "Het bestand heeft geen kopregel."));
            return (rows, errors);
        }
        var header = csv.Record!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = Columns.Except(header).Except(OptionalColumns).ToList();
        var extra = header.Except(Columns).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            errors.Add(new TransferError(1, "", $"De kopregel klopt niet.{(missing.Count > 0 ? $" Ontbreekt: {string.Join(", ", missing)}." : "")}{(extra.Count > 0 ? $" Onbekend: {string.Join(", ", extra)}." : "")} Verwacht: {string.Join(csv.Configuration.Delimiter, Columns)}."));
            return (rows, errors);
        }
        while (csv.Read())
        {
            var fields = csv.Record!;
            if (fields.Length != header.Length)
            {
                errors.Add(new TransferError(csv.Row, "", $"Deze regel heeft {fields.Length} kolommen; verwacht zijn er {header.Length}."));
                continue;
            }
            var row = new Dictionary<string, string> { ["#"] = csv.Row.ToString(CultureInfo.InvariantCulture) };
            for (var i = 0; i < header.Length; i++) row[header[i]] = fields[i];
            rows.Add(row);
        }
        return (rows, errors);
    }

    public static (IReadOnlyList<Dictionary<string, string>> Rows, List<TransferError> Errors) ReadJson(string content)
    {
        var errors = new List<TransferError>();
        var rows = new List<Dictionary<string, string>>();
        try
        {
            using var doc = JsonDocument.Parse(content.TrimStart('\uFEFF'));
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new TransferError(0, "", "Het JSON-bestand moet een lijst zijn: [ { \"organisatie\": ..., \"aanbod\": ... }, ... ]."));
                return (rows, errors);
            }
            var number = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                number++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new TransferError(number, "", "Dit element is geen object met velden."));
                    continue;
                }
                var row = new Dictionary<string, string> { ["#"] = number.ToString(CultureInfo.InvariantCulture) };
                foreach (var property in item.EnumerateObject())
                {
                    var name = property.Name.ToLowerInvariant();
                    if (!Columns.Contains(name))
                    {
                        errors.Add(new TransferError(number, property.Name, $"Onbekend veld. Bekende velden: {string.Join(", ", Columns)}."));
                        continue;
                    }
                    row[name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString() ?? "",
                        JsonValueKind.Null => "",
                        JsonValueKind.Array => string.Join('|', property.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                        _ => property.Value.GetRawText(),
                    };
                }
                rows.Add(row);
            }
        }
        catch (JsonException e)
        {
            errors.Add(new TransferError((int)(e.LineNumber ?? 0) + 1, "", "Dit is geen geldige JSON: " + e.Message));
        }
        return (rows, errors);
    }

    // ---- importing ----

    public async Task<TransferResult> ImportAsync(string content, bool json, EditScope scope, string who, CancellationToken ct = default)
    {
        var (rows, errors) = json ? ReadJson(content) : ReadCsv(content);
        if (errors.Count > 0) return new TransferResult(false, 0, 0, errors);
        if (rows.Count == 0) return new TransferResult(false, 0, 0, [new TransferError(0, "", "Het bestand heeft geen regels met aanbod.")]);

        var themes = await db.RiskThemes.AsNoTracking().ToDictionaryAsync(t => t.Code, ct);
        var existingOrganisations = (await db.Organisations.ToListAsync(ct)).GroupBy(o => SearchText.Normalise(o.Name)).ToDictionary(g => g.Key, g => g.First());
        var existingOffers = (await db.Offers.AsNoTracking().Select(o => new { o.Name, o.OrganisationId }).ToListAsync(ct))
            .Select(o => (SearchText.Normalise(o.Name), o.OrganisationId)).ToHashSet();
        var newOrganisations = new Dictionary<string, Organisation>();
        var offers = new List<Offer>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var number = int.Parse(row["#"], CultureInfo.InvariantCulture);
            string Get(string column) => row.TryGetValue(column, out var v) ? CsvExport.Restore(v.Trim()) : "";
            void Add(string column, string message) => errors.Add(new TransferError(number, column, message));

            var orgKey = SearchText.Normalise(Get("organisatie"));
            Organisation? organisation = null;
            if (orgKey.Length == 0)
            {
                Add("organisatie", "Vul de naam van de organisatie in.");
            }
            else if (!existingOrganisations.TryGetValue(orgKey, out organisation) && !newOrganisations.TryGetValue(orgKey, out organisation))
            {
                var (made, orgErrors) = editor.CheckOrganisation(new CarePathEditor.OrganisationInput(Get("organisatie"), Get("organisatie_type"), Get("adres"),
                    Get("organisatie_telefoon"), Get("organisatie_email"), Get("organisatie_website"), Get("openingstijden")), null);
                foreach (var e in orgErrors.All) Add(OrganisationFieldColumns.GetValueOrDefault(e.Key, "organisatie"), e.Value);
                if (made is not null) newOrganisations[orgKey] = organisation = made;
            }

            var insuranceWord = Get("verzekering");
            var accessWord = Get("toegang");
            if (!InsuranceWords.TryGetValue(insuranceWord, out var insurance)) Add("verzekering", "Vul in: beide, verzekerd of onverzekerd.");
            if (!AccessWords.TryGetValue(accessWord, out var access)) Add("toegang", "Vul in: zelf, verwijzing of toestemming.");
            var municipalities = Get("gemeenten");
            var national = string.Equals(municipalities, National, StringComparison.OrdinalIgnoreCase);
            var input = new CarePathEditor.OfferInput("0", Get("aanbod"), Get("beschrijving"),
                [.. Get("themas").Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], Get("doelgroep"),
                Get("leeftijd_vanaf"), Get("leeftijd_tot_en_met"), insurance.ToString(), Get("talen").Replace('|', ','), Get("kosten"), access.ToString(),
                Get("telefoon"), Get("email"), Get("website"), national ? "" : municipalities.Replace('|', ','), national, Get("interventie"), Get("laatst_gecontroleerd"));
            var homeVisitWord = Get(PrenatalHomeVisitColumn).ToLowerInvariant();
            bool? homeVisit = homeVisitWord switch { "ja" => true, "nee" or "" => false, _ => null };
            if (homeVisit is null) Add(PrenatalHomeVisitColumn, "Vul in: ja of nee, of laat het leeg (nee).");
            input = input with { PrenatalHomeVisit = homeVisit ?? false };
            var offer = new Offer { Name = "", Status = ContentStatus.Draft };
            var offerErrors = organisation is null ? new FormErrors() : await editor.CheckOfferAsync(input, offer, scope, themes, _ => Task.FromResult<Organisation?>(organisation), ct);
            foreach (var e in offerErrors.All) Add(OfferFieldColumns.GetValueOrDefault(e.Key, e.Key), e.Value);
            if (organisation is null || offerErrors.Any) continue;

            var key = (orgKey, SearchText.Normalise(offer.Name));
            if (seen.TryGetValue(key, out var first))
            {
                Add("aanbod", $"Dubbel: {offer.Name} van {organisation.Name} staat ook op regel {first}.");
                continue;
            }
            seen[key] = number;
            if (organisation.Id != 0 && existingOffers.Contains((key.Item2, organisation.Id)))
            {
                Add("aanbod", $"{offer.Name} van {organisation.Name} staat al in Kansrijk. Wijzig het daar.");
                continue;
            }
            offer.Organisation = organisation;
            offers.Add(offer);
        }
        if (errors.Count > 0) return new TransferResult(false, 0, 0, [.. errors.OrderBy(e => e.Row)]);

        foreach (var organisation in newOrganisations.Values)
        {
            organisation.Municipalities.AddRange(offers.Where(o => o.Organisation == organisation && !o.National)
                .SelectMany(o => o.Municipalities.Select(m => m.MunicipalityCode)).Distinct().Select(c => new OrganisationMunicipality { MunicipalityCode = c }));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organisations.AddRange(newOrganisations.Values);
        db.Offers.AddRange(offers);
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.CarePathChanges.AddRange(offers.Select(o => new CarePathChange { OfferId = o.Id, ChangedAt = now, ChangedBy = who, What = $"Aanbod {o.Name} geïmporteerd (concept)" }));
        db.CarePathChanges.AddRange(newOrganisations.Values.Select(o => new CarePathChange { OrganisationId = o.Id, ChangedAt = now, ChangedBy = who, What = $"Organisatie {o.Name} geïmporteerd" }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TransferResult(true, offers.Count, newOrganisations.Count, []);
    }

    // ---- exporting ----

    public static IReadOnlyList<Dictionary<string, string>> Rows(IEnumerable<Offer> offers, IReadOnlyDictionary<int, string> themeCodes) =>
        [.. offers.Select(o => new Dictionary<string, string>
        {
            ["organisatie"] = o.Organisation!.Name,
            ["organisatie_type"] = o.Organisation.Type ?? "",
            ["adres"] = o.Organisation.Address ?? "",
            ["organisatie_telefoon"] = o.Organisation.Phone ?? "",
            ["organisatie_email"] = o.Organisation.Email ?? "",
            ["organisatie_website"] = o.Organisation.Website ?? "",
            ["openingstijden"] = o.Organisation.Hours ?? "",
            ["aanbod"] = o.Name,
            ["beschrijving"] = o.Description ?? "",
            ["themas"] = string.Join('|', o.Themes.Select(t => themeCodes[t.ThemeId]).Order()),
            ["doelgroep"] = o.TargetGroup ?? "",
            ["leeftijd_vanaf"] = o.MinAge?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["leeftijd_tot_en_met"] = o.MaxAge?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["verzekering"] = InsuranceWords.First(w => w.Key.Length > 0 && w.Value == o.Insurance).Key,
            ["talen"] = string.Join('|', CarePathNames.LanguageCodes(o.Languages)),
            ["kosten"] = o.Cost ?? "",
            ["toegang"] = AccessWords.First(w => w.Value == o.Access).Key,
            ["telefoon"] = o.Phone ?? "",
            ["email"] = o.Email ?? "",
            ["website"] = o.Website ?? "",
            ["gemeenten"] = o.National ? National : string.Join('|', o.Municipalities.Select(m => m.MunicipalityCode).Order()),
            ["interventie"] = o.InterventionId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["laatst_gecontroleerd"] = o.LastCheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [PrenatalHomeVisitColumn] = o.IsPrenatalHomeVisit ? "ja" : "nee",
        })];

    public static string ToCsv(IReadOnlyList<Dictionary<string, string>> rows)
    {
        var text = new StringWriter();
        using (var csv = CsvExport.Open(text))
        {
            foreach (var column in Columns) csv.WriteCell(column);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in Columns) csv.WriteCell(row[column]);
                csv.NextRecord();
            }
        }
        return text.ToString();
    }

    public static string ToJson(IReadOnlyList<Dictionary<string, string>> rows) =>
        JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static Encoding Utf8 => new UTF8Encoding(false);
}
