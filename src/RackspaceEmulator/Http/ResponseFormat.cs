namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Representation of a v1.0 response (v2 and identity are always JSON).</summary>
internal enum ResponseFormat
{
    Json,
    Xml,
}
