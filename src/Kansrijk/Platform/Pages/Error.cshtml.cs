using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Platform.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    // The status comes from the route only: a re-executed POST with a broken body must not read that body again.
    public void OnGet() => Describe(Status());

    public void OnPost() => Describe(Status());

    private int Status() => int.TryParse(RouteData.Values["status"] as string, System.Globalization.NumberStyles.None,
        System.Globalization.CultureInfo.InvariantCulture, out var status) ? status : 500;

    private void Describe(int status)
    {
        // A direct visit to /fout/404 gets the same status as the page it describes.
        Response.StatusCode = status is >= 400 and < 600 ? status : 500;
        (Title, Message) = status switch
        {
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet, of het adres is niet goed. Controleer het adres of ga terug naar de startpagina."),
            403 => ("Geen toegang", "U mag deze pagina niet bekijken met uw account."),
            400 => ("Verzoek niet goed", "Het verzoek was niet goed. Probeer het opnieuw."),
            413 => ("Bestand te groot", $"Wat u stuurde is groter dan {Web.ErrorHandling.MaximumBodyMegabytes} MB. Er is niets opgeslagen. Kies een kleiner bestand of splits het bestand op."),
            429 => ("Te veel verzoeken", "U hebt in korte tijd te veel verzoeken gedaan. Wacht even en probeer het opnieuw."),
            503 or 500 => ("Er ging iets mis", "Kansrijk kan uw verzoek nu niet afhandelen. Er is niets opgeslagen. Probeer het later opnieuw."),
            _ => ("Er ging iets mis", "Kansrijk kan uw verzoek nu niet afhandelen. Probeer het later opnieuw."),
        };
    }
}
