using System.Globalization;
using System.Text;
using System.Xml;

namespace AntiTrafficking.WebFrontend.Exchange;

/// <summary>
/// An export as an IHE ADX message (namespace urn:ihe:qrph:adx:2015, valid against Exchange/adx.xsd): one group per
/// unit and period with its data values; each skipped unit or indicator is named in a comment before the groups.
/// </summary>
public static class AdxDocument
{
    /// <summary>The ADX namespace.</summary>
    public const string Namespace = "urn:ihe:qrph:adx:2015";

    /// <summary>The media type of ADX messages.</summary>
    public const string MediaType = "application/adx+xml";

    /// <summary>The schema of the messages (Exchange/adx.xsd, embedded).</summary>
    public static Stream Schema() =>
        typeof(AdxDocument).Assembly.GetManifestResourceStream("adx.xsd") ?? throw new InvalidOperationException("adx.xsd is not embedded.");

    /// <summary>The message's bytes (UTF-8).</summary>
    public static byte[] Build(ExchangeExport export, string dataSet, DateTimeOffset exported)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("adx", Namespace);
            xml.WriteAttributeString("exported", exported.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            foreach (var conflict in export.Conflicts)
            {
                xml.WriteComment($" {conflict.MessageVi} / {conflict.MessageEn} ");
            }

            foreach (var group in export.Values.GroupBy(v => (v.OrgUnit, v.Period)))
            {
                xml.WriteStartElement("group", Namespace);
                xml.WriteAttributeString("orgUnit", group.Key.OrgUnit);
                xml.WriteAttributeString("period", ExchangePeriods.Adx(group.Key.Period));
                xml.WriteAttributeString("dataSet", dataSet);
                foreach (var value in group)
                {
                    xml.WriteStartElement("dataValue", Namespace);
                    xml.WriteAttributeString("dataElement", value.DataElement);
                    xml.WriteAttributeString("value", value.Value.ToString(CultureInfo.InvariantCulture));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
