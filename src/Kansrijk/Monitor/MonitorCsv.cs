using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;

namespace Kansrijk.Monitor;

/// <summary>The CSV download of a monitor page: exactly the cells it shows, suppression applied, Dutch spreadsheet style.</summary>
public static class MonitorCsv
{
    public sealed record Line(Indicator Indicator, string AreaCode, string AreaName, MonitorCell Cell);

    public static FileContentResult File(string fileName, IEnumerable<Line> lines)
    {
        using var writer = new StringWriter();
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            foreach (var header in new[] { "indicator", "indicatornaam", "gebied", "gebiedsnaam", "periode", "teller", "noemer", "waarde", "eenheid", "onderdrukt", "soort", "bron", "synthetisch" })
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var line in lines)
            {
                var c = line.Cell;
                csv.WriteField(line.Indicator.Code);
                csv.WriteField(line.Indicator.Name);
                csv.WriteField(line.AreaCode);
                csv.WriteField(line.AreaName);
                csv.WriteField(c.Period);
                csv.WriteField(c.Numerator?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(c.Denominator?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(MonitorFormat.Number(line.Indicator, c.Value));
                csv.WriteField(MonitorNames.Dutch(line.Indicator.Unit));
                csv.WriteField(c.Suppressed ? MonitorNames.Suppressed : c.InsufficientData ? MonitorNames.InsufficientData : "");
                csv.WriteField(MonitorFormat.KindText(c));
                csv.WriteField(c.Source);
                csv.WriteField(c.Synthetic ? MonitorNames.SyntheticLabel : "");
                csv.NextRecord();
            }
        }
        return new FileContentResult(new UTF8Encoding(true).GetBytes(writer.ToString()), "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }
}
