using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Platform.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int status) => Describe(status);

    public void OnPost(int status) => Describe(status);

    private void Describe(int status)
    {
        // A direct visit to /fout/404 gets the same status as the page it describes.
        Response.StatusCode = status is >= 400 and < 600 ? status : 500;
        (Title, Message) = status switch
        {
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet, of het adres is niet goed. Controleer het adres of ga terug naar de startpagina."),
            403 => ("Geen toegang", "U mag deze pagina niet bekijken met uw account."),
            400 => ("Verzoek niet goed", "Het verzoek was niet goed. Probeer het opnieuw."),
            429 => ("Te veel verzoeken", "U hebt in korte tijd te veel verzoeken gedaan. Wacht even en probeer het opnieuw."),
            503 or 500 => ("Er ging iets mis", "Kansrijk kan uw verzoek nu niet afhandelen. Er is niets opgeslagen. Probeer het later opnieuw."),
            _ => ("Er ging iets mis", "Kansrijk kan uw verzoek nu niet afhandelen. Probeer het later opnieuw."),
        };
    }
}
