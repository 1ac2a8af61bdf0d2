import html

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<"\'>', quote=False), html.escape(''))
for s in ['&lt;p&gt;', '&amp;amp;', '&quot;hi&quot; &#39;x&#39;', '&#65;&#x42;&#X43;', '&copy; 2024 &nbsp;|',
          '&eacute;t&eacute;', '&notit; &notin;', '&amp', '&ampxyz', '&unknown; & &;', '&#0;&#128;&#x80;',
          '&#xD800;', '&#1114112;', '&#1;', '&#65', '&#x41g', 'no refs', '&LT;&GT;', '&hellip;&mdash;&rarr;',
          '&#;', '&#x;', '&lt', '&aacute', '&Aacute;']:
    print(repr(s), repr(html.unescape(s)))
print(html.unescape(html.escape('<x y="1">&</x>')))
