"""The fixed error pages common web servers print (nginx, Tengine, OpenResty, Apache, IIS,
LiteSpeed), copied as they appear: no payload of edition 7, kept out of ``payloads``."""

# ruff: noqa: E501

from __future__ import annotations

SERVER_ERRORS: dict[str, str] = {
    "nginx-404": "<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n",
    "nginx-502": "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.24.0</center>\n</body>\n</html>\n",
    "tengine-403": '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<h1>403 Forbidden</h1>\n<p>You don\'t have permission to access the URL on this server.<hr/>Powered by Tengine</body>\n</html>\n',
    "openresty-500": "<html>\n<head><title>500 Internal Server Error</title></head>\n<body>\n<center><h1>500 Internal Server Error</h1></center>\n<hr><center>openresty</center>\n</body>\n</html>\n",
    "apache-403": '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n<p>You don\'t have permission to access this resource.</p>\n<hr>\n<address>Apache/2.4.58 (Ubuntu) Server at $domain Port 443</address>\n</body></html>\n',
    "apache-404": '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache Server at $domain Port 80</address>\n</body></html>\n',
    "iis-500": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\n<title>500 - Internal server error.</title>\n</head>\n<body>\n<div id="header"><h1>Server Error</h1></div>\n<div id="content">\n <div class="content-container"><fieldset>\n  <h2>500 - Internal server error.</h2>\n  <h3>There is a problem with the resource you are looking for, and it cannot be displayed.</h3>\n </fieldset></div>\n</div>\n</body>\n</html>\n',
    "litespeed-503": "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body><h1>503 Service Unavailable</h1><p>The server is temporarily busy, try again later!</p><hr><address>Proudly powered by LiteSpeed Web Server</address></body></html>\n",
}
