namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>Which API a request speaks.</summary>
internal enum ApiDialect
{
    Identity,
    V1,
    V2,
    Admin,
}
