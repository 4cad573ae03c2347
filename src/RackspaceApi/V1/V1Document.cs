using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceApi.Http;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>A v1.0 request body in both its documented forms; the client sends the one its format asks for.</summary>
internal sealed record V1Document(JsonObject Json, XElement Xml)
{
    public RequestBody ToBody(RackspaceFormat format) => format == RackspaceFormat.Xml
        ? new RequestBody(new XDocument(new XDeclaration("1.0", "UTF-8", null), Xml).Declaration + Xml.ToString(SaveOptions.DisableFormatting), MediaTypes.Xml)
        : new RequestBody(Json.ToJsonString(), MediaTypes.Json);
}
