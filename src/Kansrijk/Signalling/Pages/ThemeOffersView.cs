namespace Kansrijk.Signalling.Pages;

/// <summary>What the _ThemeOffers partial needs: the pathway (for "Verwijs"), the theme and the routed advice.</summary>
public sealed record ThemeOffersView(int PathwayId, string ThemeCode, HelpNearby.Routed? Advice);
