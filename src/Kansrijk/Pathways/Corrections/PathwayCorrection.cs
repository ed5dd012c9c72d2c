using System.Globalization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Correction on her request: only fields whose value really changes are encrypted again, so the access log says
/// "gewijzigd" for what changed and never shows a value. The identity hash follows name and date of birth.
/// </summary>
public sealed class PathwayCorrection(KansrijkDb db, ClientDataProtector protector, TimeProvider clock)
{
    public sealed record Input(string? Name, string? BirthDate, string? Phone, string? Email, string? PartnerName, string? MunicipalityCode, string? Postcode,
        string? DueDate, int Version);

    public Input Current(Pathway p) => new(protector.Unprotect(ClientFields.Name, p.NameEncrypted),
        protector.Unprotect(ClientFields.BirthDate, p.BirthDateEncrypted), protector.UnprotectOptional(ClientFields.Phone, p.PhoneEncrypted),
        protector.UnprotectOptional(ClientFields.Email, p.EmailEncrypted), protector.UnprotectOptional(ClientFields.PartnerName, p.PartnerNameEncrypted),
        p.MunicipalityCode, p.Postcode4, p.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Version);

    /// <summary>Returns the errors; a conflict (someone saved in between) sets <see cref="FormErrors.Conflict"/>.</summary>
    public async Task<FormErrors> SaveAsync(Pathway pathway, Input input, CancellationToken ct)
    {
        var errors = new FormErrors();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (name, birth, due) = ClientIdentityInput.Check(input.Name, input.BirthDate, input.DueDate, today, errors);
        if (input.Phone is { Length: > 30 }) errors.Add(nameof(input.Phone), "Een telefoonnummer is hoogstens 30 tekens.");
        if (!string.IsNullOrWhiteSpace(input.Email) && !input.Email.Contains('@')) errors.Add(nameof(input.Email), "Vul een e-mailadres in met een @, bijvoorbeeld naam@voorbeeld.nl.");
        var postcode = input.Postcode?.Trim() ?? "";
        if (postcode.Length > 0 && (postcode.Length != 4 || !postcode.All(char.IsAsciiDigit))) errors.Add(nameof(input.Postcode), "Vul de vier cijfers van de postcode in, bijvoorbeeld 2511.");
        var municipality = input.MunicipalityCode?.Trim();
        if (string.IsNullOrEmpty(municipality) || !await db.Areas.AnyAsync(a => a.Code == municipality && a.Type == Geography.AreaType.Municipality, ct))
        {
            errors.Add(nameof(input.MunicipalityCode), "Kies de gemeente waar zij woont.");
        }
        if (errors.Any) return errors;

        var was = Current(pathway);
        var birthText = birth!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (name != was.Name) pathway.NameEncrypted = protector.Protect(ClientFields.Name, name!);
        if (birthText != was.BirthDate) pathway.BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, birthText);
        if (Clean(input.Phone) != was.Phone) pathway.PhoneEncrypted = protector.ProtectOptional(ClientFields.Phone, input.Phone);
        if (Clean(input.Email) != was.Email) pathway.EmailEncrypted = protector.ProtectOptional(ClientFields.Email, input.Email);
        if (Clean(input.PartnerName) != was.PartnerName) pathway.PartnerNameEncrypted = protector.ProtectOptional(ClientFields.PartnerName, input.PartnerName);
        pathway.IdentityHash = protector.IdentityHash(name!, birth.Value);
        pathway.MunicipalityCode = municipality!;
        pathway.Postcode4 = postcode;
        pathway.DueDate = due!.Value;
        db.ExpectVersion(pathway, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Conflict = true;
            errors.Add(nameof(input.Name), await db.ConflictFromLogAsync(nameof(Pathway), pathway.Id.ToString(CultureInfo.InvariantCulture), ct));
        }
        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
