using System.Globalization;
using System.Xml.Linq;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>Reads v1.0 XML documents (namespace http://docs.rackspacecloud.com/servers/api/v1.0) into the same models as JSON.</summary>
/// <remarks>Elements are matched by local name, so documents with or without the namespace read alike.</remarks>
internal static class V1XmlReader
{
    public static XNamespace Namespace { get; } = "http://docs.rackspacecloud.com/servers/api/v1.0";

    public static XElement Root(string body) =>
        XDocument.Parse(body).Root ?? throw new FormatException("the XML document has no root element");

    public static XElement Expect(XElement element, string localName) =>
        element.Name.LocalName == localName
            ? element
            : throw new FormatException($"expected <{localName}>, found <{element.Name.LocalName}>");

    public static IEnumerable<XElement> Children(XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(XElement element, string localName) => Children(element, localName).FirstOrDefault();

    public static V1Server Server(XElement element) => new()
    {
        Id = Int(element, "id") ?? 0,
        Name = (string?)element.Attribute("name") ?? "",
        ImageId = Int(element, "imageId"),
        FlavorId = Int(element, "flavorId"),
        HostId = (string?)element.Attribute("hostId"),
        Status = (string?)element.Attribute("status"),
        Progress = Int(element, "progress"),
        SharedIpGroupId = Int(element, "sharedIpGroupId"),
        AdminPass = (string?)element.Attribute("adminPass"),
        Metadata = Metadata(Child(element, "metadata")),
        Addresses = Child(element, "addresses") is { } addresses ? Addresses(addresses) : null,
    };

    public static V1Addresses Addresses(XElement element) => new()
    {
        Public = Ips(Child(element, "public")),
        Private = Ips(Child(element, "private")),
    };

    public static IReadOnlyList<string> Ips(XElement? network) =>
        network is null ? [] : Children(network, "ip").Select(ip => (string?)ip.Attribute("addr") ?? "").ToList();

    public static V1Flavor Flavor(XElement element) => new()
    {
        Id = Int(element, "id") ?? 0,
        Name = (string?)element.Attribute("name") ?? "",
        Ram = Int(element, "ram"),
        Disk = Int(element, "disk"),
    };

    public static V1Image Image(XElement element) => new()
    {
        Id = Int(element, "id") ?? 0,
        Name = (string?)element.Attribute("name") ?? "",
        ServerId = Int(element, "serverId"),
        Updated = Time(element, "updated"),
        Created = Time(element, "created"),
        Status = (string?)element.Attribute("status"),
        Progress = Int(element, "progress"),
    };

    public static V1SharedIpGroup SharedIpGroup(XElement element) => new()
    {
        Id = Int(element, "id") ?? 0,
        Name = (string?)element.Attribute("name") ?? "",
        Servers = Child(element, "servers") is { } servers
            ? Children(servers, "server").Select(s => Int(s, "id") ?? 0).ToList()
            : [],
    };

    public static V1BackupSchedule BackupSchedule(XElement element) => new()
    {
        Enabled = string.Equals((string?)element.Attribute("enabled"), "true", StringComparison.OrdinalIgnoreCase),
        Weekly = (string?)element.Attribute("weekly"),
        Daily = (string?)element.Attribute("daily"),
    };

    public static V1Limits Limits(XElement element) => new()
    {
        Rate = Child(element, "rate") is { } rate
            ? Children(rate, "limit").Select(l => new V1RateLimit
            {
                Verb = (string?)l.Attribute("verb") ?? "",
                Uri = (string?)l.Attribute("URI") ?? "",
                Regex = (string?)l.Attribute("regex") ?? "",
                Value = Int(l, "value") ?? 0,
                Remaining = Int(l, "remaining") ?? 0,
                Unit = (string?)l.Attribute("unit") ?? "",
                ResetTime = Long(l, "resetTime") ?? 0,
            }).ToList()
            : [],
        Absolute = Child(element, "absolute") is { } absolute
            ? Children(absolute, "limit").ToDictionary(l => (string?)l.Attribute("name") ?? "", l => Long(l, "value") ?? 0)
            : new Dictionary<string, long>(),
    };

    public static V1Version Version(XElement element) => new()
    {
        Id = (string?)element.Attribute("id") ?? "",
        Status = (string?)element.Attribute("status"),
        Updated = Time(element, "updated"),
        DocUrl = (string?)element.Attribute("docURL"),
        Wadl = (string?)element.Attribute("wadl"),
    };

    private static IReadOnlyDictionary<string, string> Metadata(XElement? metadata) =>
        metadata is null
            ? new Dictionary<string, string>()
            : Children(metadata, "meta").ToDictionary(m => (string?)m.Attribute("key") ?? "", m => m.Value);

    private static int? Int(XElement element, string name) =>
        int.TryParse((string?)element.Attribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static long? Long(XElement element, string name) =>
        long.TryParse((string?)element.Attribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTimeOffset? Time(XElement element, string name) =>
        DateTimeOffset.TryParse((string?)element.Attribute(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
}
