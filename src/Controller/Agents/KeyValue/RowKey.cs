using Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Agents.KeyValue;

/// <summary>A validated CloudKey as a dictionary key.</summary>
internal readonly record struct RowKey(string Primary, uint Secondary)
{
    /// <summary>The well-known key under which every server's load is published.</summary>
    public static RowKey Load { get; } = new(ProtocolLimits.LoadKeyPrimary, 0);

    /// <summary>What the row costs against the poster's upload limit: the key's UTF-8 bytes plus the secondary key.</summary>
    public int Bytes => System.Text.Encoding.UTF8.GetByteCount(Primary) + sizeof(uint);

    public static RowKey From(CloudKey key) => new(key.Primary, key.Secondary);

    public CloudKey ToProto() => new() { Primary = Primary, Secondary = Secondary };
}
