using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.Serialization;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>Reads each v1.0 document from JSON or XML, whichever the response carries, into the same typed models.</summary>
internal static class V1Reader
{
    public static IReadOnlyList<V1Server> Servers(ResponseText text, string operation) =>
        text.IsEmpty ? []
        : text.IsXml ? V1XmlReader.Children(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "servers"), "server").Select(V1XmlReader.Server).ToList()
        : Json<V1ServersEnvelope>(text, operation).Servers ?? Missing<IReadOnlyList<V1Server>>(operation, "servers");

    public static V1Server Server(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.Server(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "server"))
        : Json<V1ServerEnvelope>(text, operation).Server ?? Missing<V1Server>(operation, "server");

    public static V1Addresses Addresses(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.Addresses(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "addresses"))
        : Json<V1AddressesEnvelope>(text, operation).Addresses ?? Missing<V1Addresses>(operation, "addresses");

    public static IReadOnlyList<string> Network(ResponseText text, string operation, string network)
    {
        if (text.IsXml)
        {
            return V1XmlReader.Ips(V1XmlReader.Expect(V1XmlReader.Root(text.Body), network));
        }

        return (network == "public" ? Json<V1PublicEnvelope>(text, operation).Public : Json<V1PrivateEnvelope>(text, operation).Private)
            ?? Missing<IReadOnlyList<string>>(operation, network);
    }

    public static IReadOnlyList<V1Flavor> Flavors(ResponseText text, string operation) =>
        text.IsEmpty ? []
        : text.IsXml ? V1XmlReader.Children(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "flavors"), "flavor").Select(V1XmlReader.Flavor).ToList()
        : Json<V1FlavorsEnvelope>(text, operation).Flavors ?? Missing<IReadOnlyList<V1Flavor>>(operation, "flavors");

    public static V1Flavor Flavor(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.Flavor(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "flavor"))
        : Json<V1FlavorEnvelope>(text, operation).Flavor ?? Missing<V1Flavor>(operation, "flavor");

    public static IReadOnlyList<V1Image> Images(ResponseText text, string operation) =>
        text.IsEmpty ? []
        : text.IsXml ? V1XmlReader.Children(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "images"), "image").Select(V1XmlReader.Image).ToList()
        : Json<V1ImagesEnvelope>(text, operation).Images ?? Missing<IReadOnlyList<V1Image>>(operation, "images");

    public static V1Image Image(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.Image(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "image"))
        : Json<V1ImageEnvelope>(text, operation).Image ?? Missing<V1Image>(operation, "image");

    public static IReadOnlyList<V1SharedIpGroup> SharedIpGroups(ResponseText text, string operation) =>
        text.IsEmpty ? []
        : text.IsXml ? V1XmlReader.Children(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "sharedIpGroups"), "sharedIpGroup").Select(V1XmlReader.SharedIpGroup).ToList()
        : Json<V1SharedIpGroupsEnvelope>(text, operation).SharedIpGroups ?? Missing<IReadOnlyList<V1SharedIpGroup>>(operation, "sharedIpGroups");

    public static V1SharedIpGroup SharedIpGroup(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.SharedIpGroup(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "sharedIpGroup"))
        : Json<V1SharedIpGroupEnvelope>(text, operation).SharedIpGroup ?? Missing<V1SharedIpGroup>(operation, "sharedIpGroup");

    public static V1BackupSchedule BackupSchedule(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.BackupSchedule(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "backupSchedule"))
        : Json<V1BackupScheduleEnvelope>(text, operation).BackupSchedule ?? Missing<V1BackupSchedule>(operation, "backupSchedule");

    public static V1Limits Limits(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.Limits(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "limits"))
        : Json<V1LimitsEnvelope>(text, operation).Limits ?? Missing<V1Limits>(operation, "limits");

    public static IReadOnlyList<V1Version> Versions(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.Children(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "versions"), "version").Select(V1XmlReader.Version).ToList()
        : Json<V1VersionsEnvelope>(text, operation).Versions ?? Missing<IReadOnlyList<V1Version>>(operation, "versions");

    public static V1Version Version(ResponseText text, string operation) =>
        text.IsXml ? V1XmlReader.Version(V1XmlReader.Expect(V1XmlReader.Root(text.Body), "version"))
        : Json<V1VersionEnvelope>(text, operation).Version ?? Missing<V1Version>(operation, "version");

    private static T Json<T>(ResponseText text, string operation) => RackspaceJson.Deserialize<T>(text.Body, operation);

    private static T Missing<T>(string operation, string wrapper) =>
        throw new RackspaceResponseFormatException(operation, $"the body has no \"{wrapper}\"");
}
