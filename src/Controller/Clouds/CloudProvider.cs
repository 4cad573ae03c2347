namespace Autoscaler.Controller.Clouds;

/// <summary>Which cloud the controller manages.</summary>
internal enum CloudProvider
{
    /// <summary>The built-in emulated Rackspace cloud, hosted in-process on loopback (demo mode).</summary>
    Emulated,

    /// <summary>Rackspace Cloud Servers, v1.0 or v2 as the <c>Rackspace</c> section says.</summary>
    Rackspace,
}
