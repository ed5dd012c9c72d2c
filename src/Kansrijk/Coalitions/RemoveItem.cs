namespace Kansrijk.Coalitions;

/// <summary>The remove part of a registry item's page: first a link, then what will happen and a warning button.</summary>
public sealed record RemoveItem(string Url, string Noun, string WhatHappens, string Rather, bool Ask, int Version, string? Error);
