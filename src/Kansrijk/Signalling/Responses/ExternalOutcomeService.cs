using System.Globalization;
using System.Text.Json;
using Kansrijk.Access.AccessLog;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Responses;

/// <summary>What the professional typed: the instrument (or "anders" with a name), the date, and per domain key a result word.</summary>
public sealed record ExternalOutcomeInput(string? Instrument, string? OtherName, string? Date, IReadOnlyDictionary<string, string?> Results);

/// <summary>
/// The professional records the outcome of another instrument (ALPHA-NL, MindzCare, R4U or another) per domain of the
/// Kansrijk instrument. It is stored as a submitted <see cref="SignallingResponse"/> of the published Kansrijk version,
/// kind <see cref="FilledBy.ExternalInstrument"/>, with the outcome in the encrypted document, so the advice and the
/// counts treat it as a questionnaire. The page asks client.wijzigen; this service checks the input and logs the change.
/// </summary>
public sealed class ExternalOutcomeService(KansrijkDb db, ClientDataProtector protector, InstrumentService instruments,
    AccessLogWriter log, TimeProvider clock)
{
    private const string AnswersField = "signalling.answers";
    public const int MaxNameLength = 100;

    public async Task<InstrumentDefinition> DefinitionAsync(CancellationToken ct) =>
        (await instruments.PublishedAsync(DefaultInstrument.Key, ct))?.Definition
            ?? throw new InvalidOperationException("Er is geen gepubliceerde vragenlijst.");

    public async Task<(int? Id, FormErrors Errors)> RecordAsync(int pathwayId, ExternalOutcomeInput input, CancellationToken ct)
    {
        var published = await instruments.PublishedAsync(DefaultInstrument.Key, ct)
            ?? throw new InvalidOperationException("Er is geen gepubliceerde vragenlijst.");
        var (answers, date, errors) = Check(published.Definition, input);
        if (errors.Any) return (null, errors);
        // The date it was filled in is when she was screened; the week-16 indicator counts from it.
        var at = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var response = new SignallingResponse
        {
            PathwayId = pathwayId,
            InstrumentVersionId = published.Version.Id,
            Language = LocalText.Dutch,
            FilledBy = FilledBy.ExternalInstrument,
            AnswersEncrypted = protector.Protect(AnswersField, JsonSerializer.Serialize(answers)),
            StartedAt = at,
            SubmittedAt = at,
            AdviceDomainsKept = string.Join(',', SignallingCounts.AdviceDomains(FilledBy.ExternalInstrument, published.Definition, answers)),
        };
        db.Add(response);
        var key = pathwayId.ToString(CultureInfo.InvariantCulture);
        log.Add(db, new AccessEvent(AccessAction.Create, nameof(SignallingResponse), key, ClientId: key,
            Details: "uitkomst van een ander instrument vastgelegd"));
        await db.SaveChangesAsync(ct);
        return (response.Id, errors);
    }

    /// <summary>An outcome of another instrument on this pathway as the form shows it, with its version; the read is logged.</summary>
    public async Task<(ExternalOutcomeInput Input, int Version, InstrumentDefinition Definition)?> FindAsync(int pathwayId, int responseId, CancellationToken ct)
    {
        if (await OutcomeAsync(pathwayId, responseId, ct) is not { } response) return null;
        var answers = Answers(response);
        var recorded = answers.GetValueOrDefault(ExternalOutcome.InstrumentKey) ?? "";
        var other = recorded.StartsWith(ExternalOutcome.Other + ": ", StringComparison.Ordinal);
        var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
        var input = new ExternalOutcomeInput(other ? ExternalOutcome.Other : recorded, other ? recorded[(ExternalOutcome.Other.Length + 2)..] : null,
            answers.GetValueOrDefault(ExternalOutcome.DateKey),
            definition.Domains.ToDictionary(d => d.Key!, d => answers.GetValueOrDefault(ExternalOutcome.DomainKey(d.Key!))));
        log.Add(db, new AccessEvent(AccessAction.Read, nameof(SignallingResponse), Key(response.Id), ClientId: response.ClientKey,
            Details: "uitkomst van een ander instrument bekeken"));
        await db.SaveChangesAsync(ct);
        return (input, response.Version, definition);
    }

    /// <summary>
    /// Corrects the instrument, date and domains of a recorded outcome. Only from the version the professional saw: a
    /// second save from an older form is refused with the conflict message instead of overwriting. Null: not found.
    /// </summary>
    public async Task<FormErrors?> CorrectAsync(int pathwayId, int responseId, int version, ExternalOutcomeInput input, CancellationToken ct)
    {
        if (await OutcomeAsync(pathwayId, responseId, ct, tracked: true) is not { } response) return null;
        var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
        var (answers, date, errors) = Check(definition, input);
        if (errors.Any) return errors;
        var at = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        response.AnswersEncrypted = protector.Protect(AnswersField, JsonSerializer.Serialize(answers));
        response.AdviceDomainsKept = string.Join(',', SignallingCounts.AdviceDomains(FilledBy.ExternalInstrument, definition, answers));
        response.StartedAt = at;
        response.SubmittedAt = at;
        db.ExpectVersion(response, version);
        log.Add(db, new AccessEvent(AccessAction.Update, nameof(SignallingResponse), Key(response.Id), ClientId: response.ClientKey,
            Details: "uitkomst van een ander instrument verbeterd"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Conflict = true;
            errors.Add("Instrument", await db.ConflictFromLogAsync(nameof(SignallingResponse), Key(responseId), ct));
        }
        return errors;
    }

    /// <summary>Deletes a recorded outcome, from the version the professional confirmed. Null: not found; false: changed meanwhile.</summary>
    public async Task<bool?> DeleteAsync(int pathwayId, int responseId, int version, CancellationToken ct)
    {
        if (await OutcomeAsync(pathwayId, responseId, ct, tracked: true) is not { } response) return null;
        db.Entry(response).Property(nameof(SignallingResponse.Version)).OriginalValue = version;
        db.Remove(response);
        log.Add(db, new AccessEvent(AccessAction.Delete, nameof(SignallingResponse), Key(response.Id), ClientId: response.ClientKey,
            Details: "uitkomst van een ander instrument verwijderd"));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Only an outcome of another instrument, and only of this pathway: a questionnaire cannot be changed here.</summary>
    private async Task<SignallingResponse?> OutcomeAsync(int pathwayId, int responseId, CancellationToken ct, bool tracked = false)
    {
        var query = db.Set<SignallingResponse>().Where(r => r.Id == responseId && r.PathwayId == pathwayId && r.FilledBy == FilledBy.ExternalInstrument
            && r.AnswersEncrypted != "");
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    private IReadOnlyDictionary<string, string> Answers(SignallingResponse response) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(AnswersField, response.AnswersEncrypted)) ?? [];

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private (Dictionary<string, string> Answers, DateOnly Date, FormErrors Errors) Check(InstrumentDefinition definition, ExternalOutcomeInput input)
    {
        var errors = new FormErrors();
        var instrument = input.Instrument?.Trim();
        var known = ExternalOutcome.KnownInstruments.Contains(instrument);
        if (!known && instrument != ExternalOutcome.Other) errors.Add("Instrument", "Kies het instrument dat is gebruikt.");
        var otherName = input.OtherName?.Trim();
        if (instrument == ExternalOutcome.Other && string.IsNullOrEmpty(otherName)) errors.Add("OtherName", "Vul de naam van het andere instrument in.");
        if (otherName is { Length: > MaxNameLength }) errors.Add("OtherName", $"De naam is hoogstens {MaxNameLength} tekens.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(input.Date)) errors.Add("Date", "Vul de datum in waarop het instrument is ingevuld.");
        else if (!DateOnly.TryParseExact(input.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                 && !DateOnly.TryParseExact(input.Date.Trim(), "d-M-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            errors.Add("Date", "Vul de datum in als dag-maand-jaar, bijvoorbeeld 28-11-2026.");
        else if (date > today) errors.Add("Date", "De datum kan niet in de toekomst liggen.");
        else if (date < today.AddYears(-2)) errors.Add("Date", "De datum ligt meer dan 2 jaar terug. Controleer het jaar.");
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var domain in definition.Domains)
        {
            var word = input.Results.GetValueOrDefault(domain.Key!);
            if (ExternalOutcome.Parse(word) is not { } result)
            {
                errors.Add(FieldOf(domain.Key!), $"Kies bij \"{domain.Name?.In("nl").Text}\" geen, aandacht of advies.");
                continue;
            }
            answers[ExternalOutcome.DomainKey(domain.Key!)] = ExternalOutcome.Word(result);
        }
        if (!errors.Any)
        {
            answers[ExternalOutcome.InstrumentKey] = known ? instrument! : $"{ExternalOutcome.Other}: {otherName}";
            answers[ExternalOutcome.DateKey] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return (answers, date, errors);
    }

    /// <summary>The form field (and anchor) of a domain's result.</summary>
    public static string FieldOf(string domainKey) => "uitkomst-" + domainKey;
}
