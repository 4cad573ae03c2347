namespace Autoscaler.RackspaceApi.Http;

/// <summary>The media types the APIs speak.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string Xml = "application/xml";
}
