using System.Globalization;

namespace Autoscaler.RackspaceApi.Tests.TestSupport;

/// <summary>Documented v2 bodies (Rackspace Next Gen guide shapes) for parsing tests over a fake handler.</summary>
internal static class V2Samples
{
    public const string Token = "aaaaa-bbbbb-ccccc-dddd";
    public const string ApiKey = "secret-api-key-0123456789";
    public const string Password = "secret-password-9876";
    public const string Tenant = "010101";

    public static string Identity(string token = Token, DateTimeOffset? expires = null, string? defaultRegion = "DFW") => $$"""
        {
          "access": {
            "token": {
              "id": "{{token}}",
              "expires": "{{(expires ?? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)}}",
              "tenant": { "id": "{{Tenant}}", "name": "{{Tenant}}" },
              "RAX-AUTH:authenticatedBy": ["APIKEY"]
            },
            "serviceCatalog": [
              {
                "name": "cloudFiles",
                "type": "object-store",
                "endpoints": [ { "region": "DFW", "tenantId": "MossoCloudFS_x", "publicURL": "https://storage101.dfw1.clouddrive.com/v1/MossoCloudFS_x" } ]
              },
              {
                "name": "cloudServersOpenStack",
                "type": "compute",
                "endpoints": [
                  { "region": "DFW", "tenantId": "{{Tenant}}", "publicURL": "https://dfw.servers.example/v2/{{Tenant}}" },
                  { "region": "ORD", "tenantId": "{{Tenant}}", "publicURL": "https://ord.servers.example/v2/{{Tenant}}" },
                  { "region": "LON", "tenantId": "{{Tenant}}", "publicURL": "https://lon.servers.example/v2/{{Tenant}}" }
                ]
              }
            ],
            "user": {
              "id": "123456",
              "name": "jsmith",
              "RAX-AUTH:defaultRegion": {{(defaultRegion is null ? "null" : "\"" + defaultRegion + "\"")}},
              "roles": [ { "id": "3", "name": "identity:user-admin" } ]
            }
          }
        }
        """;

    public const string ServerDetail = """
        {
          "server": {
            "OS-DCF:diskConfig": "AUTO",
            "OS-EXT-STS:power_state": 1,
            "OS-EXT-STS:task_state": null,
            "OS-EXT-STS:vm_state": "active",
            "accessIPv4": "198.101.241.238",
            "accessIPv6": "2001:4800:780e:0510:d87b:9cbc:ff04:513a",
            "addresses": {
              "private": [ { "addr": "10.180.3.216", "version": 4 } ],
              "public": [
                { "addr": "198.101.241.238", "version": 4 },
                { "addr": "2001:4800:780e:0510:d87b:9cbc:ff04:513a", "version": 6 }
              ]
            },
            "created": "2012-08-16T18:41:43Z",
            "flavor": { "id": "2", "links": [ { "href": "https://dfw.servers.api.rackspacecloud.com/010101/flavors/2", "rel": "bookmark" } ] },
            "hostId": "33ccb6c82f3625748b6f2338f54d8e9df07cc583251e001355569056",
            "id": "ef08aa7a-b5e4-4bb8-86df-5ac56230f841",
            "image": { "id": "3afe97b2-26dc-49c5-a2cc-a2fc8d80c001", "links": [ { "href": "https://dfw.servers.api.rackspacecloud.com/010101/images/3afe97b2-26dc-49c5-a2cc-a2fc8d80c001", "rel": "bookmark" } ] },
            "links": [
              { "href": "https://dfw.servers.api.rackspacecloud.com/v2/010101/servers/ef08aa7a-b5e4-4bb8-86df-5ac56230f841", "rel": "self" }
            ],
            "metadata": { "My Server Name": "API Test Server 2" },
            "name": "api-test-server 2",
            "progress": 100,
            "status": "ACTIVE",
            "tenant_id": "010101",
            "updated": "2012-08-16T18:50:38Z",
            "user_id": "170454"
          }
        }
        """;

    public const string CreatedServer = """
        {
          "server": {
            "OS-DCF:diskConfig": "AUTO",
            "adminPass": "LMoFzYfdnT4k",
            "id": "ef08aa7a-b5e4-4bb8-86df-5ac56230f841",
            "links": [
              { "href": "https://dfw.servers.api.rackspacecloud.com/v2/010101/servers/ef08aa7a-b5e4-4bb8-86df-5ac56230f841", "rel": "self" }
            ]
          }
        }
        """;

    public static string ServerWithStatus(string status) => ServerDetail.Replace("\"ACTIVE\"", $"\"{status}\"", StringComparison.Ordinal);
}
