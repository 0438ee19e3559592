<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2
</title><link rel="canonical" href="/tin-hoat-dong/mat-tran-cac-cap-van-dong-ung-ho-phong-chong-dich-covid-19-dot-2-1642.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass4430C7806FA242569E5ED0B2ECC0FA48 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="mat-tran-cac-cap-van-dong-ung-ho-phong-chong-dich-covid-19-dot-2-1642.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xF1BCB4907BB3918BEACBF57EA433C34621E00017262444DF1AF06E37614DD9337944D6D535765B5428871E232F7A039122453293F45584E62746B9546221B84F,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE7J5vRDKp3Ke7weWfmIr8AyigHJ0wvnK6IK4sZrXtEnENOaZEfYhBKlDNUya5x9zKNVUfLggwdj0HhsKH5EmRhtzl6mIX1abo55Vs9YqqsH6qkIq401rMQILXLnqPiKchvpyEfCgBMtfGt+d1j1m5NInA0/rh0BuWND9XA4TlERxsjxE9IHAfOjdwVSR0fz+yIL+7eXvsZlp1NHK1heDZK+MAxyoPv0Ea+CjRMbzCTCsrQ/nODICV8+WYe3h6RexuHrB+z4+un9BrhwtMVTBQibiwn2MqY3ZyEm18ayeuG2MJXYteROP3WWuLVdauJevmz6LqzPljmIz8+QlLk+MZXAiPFIg2nQVUyKJI0ZtlOj5rHd9pJAUBI0LK/1HFUQHP1BAXmx2ncEJweum47jOLFRSATo8Lg/ZppOcUebvr4flYxPK3FkuBvGA4Zj5WqEAaUc7u0W5lB2bCdpxEyUlixn6B9IFSzcFySsEDx+pJarGZFnZ9QOyb04GRf99U5+4+q7PVRaNnideQP49v36M6yWQ0GrM2z9RWIO+VMEqbQhbY366gCWR2DVe+cpH18j2AdD4fZu4+K1voqk3Ko+IR5LIawsyo9qZF5rVnrBX84KIhClq93nSoYWrSnCPwDmCGdnVj49aP/68V4/l5PWEF+MTewR1LSR9+nzXRkA9O7xBIgdFkCmQyCcSinhT90QPia/yC+r6En9JHfaYlYGMQ8xa4p/L3uLBAcbV90HlAhpGDGWA+3YtAp8XPPaicFONcEcby8yeexXxrLCkVekFqyI/mGK7gogTxfdv0Bht72t/0ZDnrG7tPt7g/9wnCd30+x7dSeVnPlIlvtgwwBSM9Yau+PhvPPiDA87drdkbUV57DV80mDkSzw/gaa/knWtQkHlMT8KnpIEpRelZ5nBJcwZB5SXAh/3FZEOI3YdcYhZSH2Sjxd3g+xFJ2xDggbtdur5E3gVZXSMT08Kr0hLGlKv+pqleH7s/9McCUBvUGhJWqFsU+H8lAZmOpuqzoGzIQA/PodZLyDTpZ90/ZaLOgcg2iyw4RpNi9d8FR/tmHcI2+J/Y7nLBgO0eOnr/Wo+bgyPWY8rgt24gqF4i62i7NnPGYXiEabhyyW5xxzZlF1AGgGXNm1buBhkv2kJ9lH+dfSVTZ5aS6nREg9971DEyEhZ4guTHBKIknV1cCsb3znp0ZNTNfEBrpJhG5M5j/MFKzak/riseu9/cdRDW3B3r5Y166h4iSeTKSiid2BkO7k4jhN1EbL3OcmfbmZz3nSLpNRoM80jHniJ6EgC829keLxcWUvmp0Bn/nf24HT1R5zXlpJiuFG7TG9jsprB5irF8N8FTEW6LgOt4ONNUJURcLFh8OYoEK+QPyq6UqqI9KdFlXtTnUACj+bAGRtOK6hVrrx+3z4DtvUbUueG0qU26Fd0LrPl0etcdY7vh2sPaX9FEhxdezhm5yPEChor9IpgkxJYm1BpvefOi9KQxkQHUqmBF/+FeGgB3Tmklt/4V1w9tkOtikhM/8CN4Z/+SyMUxadPW6o6Ok6OKTdvt7eXMHN3rv1ykDvPE/bpe/FSU1mHX0Ec5AdLs5drh56LiRfhUCsYEdsPv6QKCZlSYBhZlMB0d/lCs53YJ69Q/9z1SS8XlWDrvxvTeijKPTiHt9fDTSmdR8NcT3DGGpDO7l/FwRG5cyv1FSpsUBJ3NmjgwRYPTmrp5YdGygMQAwBJ0iTioBCbqK26awY1fPOgs8qUl919Yl3qjBLe7CwA2NU+HwwFmoI/ZkL4E9/+5KC7OqSM29f15cEL/MI5BgWF7rYRFpLrLkQMXSK1NoHsVTUFxr9LXeYpuVRS0xy/CAnYbarLDSn1/ObpNuK0BZBDk06t5cp1l5JKEMN2y+cbo1XD1dnWGBrujmNszlwPJn+kcy191A7sxRvkt1PERkpJME6xHSgydb/KKNr2vE65UFlYjRp2xx65OuQhXy5+F3iNLfv+s9a/WLtkiHxVwu8Ni/7nHoG3TGlMPScwPe464Q3A4c9Fsql2wmST5HIIJnYD1Zkbqrl675DvQlB89skdYhPmAMgv6i1WMhYsjCUQLoRO3j++YcsE+iTtWe9Hy2TSLxAQhrx/4sOUk83DYYlNJSNG73hEyrijBNExn6J/faQanyGoJu6X9P5I6FwJroRlNn7NthsefTAQYvv8xQw1qbsIgXSRcttHc98blaGqyXc1S/WHW0vEY93crModnz9acN0hjWIvwuypNlHdD+dJki5fHgLK0Tk2JG+gBoqswyMzIW4cMPVr4IIJTmGoGg8a8FZVbhQ26Suna8xWhcoMtl5uumHH3Tdou/7BvWc9L9xFymDwgCYx5oOvx/kdHafiYsEWkV0lMQumSeJw3ThM6LRa1jNaAsEy47gbLrK0NHE2+OXQhzAIK05ZrphCdDjDhAYSOBCf1qyJ4OqdZl837bgFeXGt93Ip0RW1sMtC/QKzILYngg8+8Jm41zy0oVh/d0Y9CAGZGWtgNPtYEXFqxePAWFycZaNd6yoSh4ptP23XXAMPWHFrvakA8XiP4A9xGY2kE180K7tnvzp7fqtoB3+xpXimgSDGQpiEMe+AGTCqaNhPyyPJ1u7X2/gyeTiHPAMG0sKBs4iBvd8tSMdreNbxlHq4zBp1tOu7VitZnPjtjPq14Gp9W/226W1Fn/RYukICGJY6XCLMvDSWXGVvtAWqDN7HFvXhsBsuivtFlJcloQdMzl3BXcf+TAcNEcLt0UGMUGwzZ/pYqlGu/kTJV0BsHx1K9AaxHh1V6PZGOeBwuLxwS7TptIosZLUEyFzDin57u0ATA3K9TqaQSPlP9pzpHJv//vZoSlc4NrEdqFGjyp8GK/JQbpwICmT9EVJWu31sdg8f6q7ZcKgcuo1Ww4rtRQNfHUSIo4htJ3eH/9iGeDLi4W3TVIu4V+jnaLNzhOUpRvx6XGjHQafTtE8PA5clABpZMxmcGbTaZsKilyYkdDzfbb1QGIzi/uKIUIMloL5BMOTGg1078ocayzSmUblILWplX+P7D/YGTpaqR1bm4fVms0Gv6BIXi3rMnganeX0TDpP1Wd4ZRyAnirSl6+Epf3FsWcw+f+yfCe5s9NmDvrR+K9WgTZvoUzZBfPPqbDwcJP77sxpHecM7IMTSCW//SeMx39UcOsGdiJJGLYldl1JtnCASLUdwVSwRCIR+3Nk5qRjDZgpJt02ViXe7FUO+YaFlwfe734hhfKiQeIAZhN0yFfMU8E4Ymn052SBHnOLVQVdT53pJmVpGL6G+nfu2OGdjb7iSJyORi5j0DAee52Ox0lD9rXIMG2keKYWLBR3NYrkvlAzD0KLLJ92A8B8+LIg49NklnvNMX2WqCGU+Ai2WyUeVxKQ3sZsQ+oObeX/iNN27rcIIpGSoyZVCnZ0CNc+58Azm6F4cn1IYmG3RuHMwvvNGzI5un7AaLt5MSM0/z18jIbnX9wf7QxKiUEgi5byObQGCgEPZ9Lx/V1qzfPWyxjWFALRbpxcJ5Az8vlJPoIY0pQpQhVPeyoY8t5lBXtB2VdJBMr9VpDWtxWWnwhWHkzqKfS7gGZYiagz+B4F9DuCqCjNYdw1TQ7cU5bx/kBUmPjCx0Su5MtlbYT1cQz/mgp/zTKgDpa8hIzqfVPX8YIY8+/QWA7kirnxBclU8UTxnJw1tsmKR2dw/YMZNDqhZF+xM2Strbd+mrC3trfaPpFny0fCF/sasneB/du46OK/HVGQryUmcrF/zAQCXFNYy7O84jsRgI+HxzS/imWoifcxVbgqeExqFH2IfkLwCfobuEUT9jX0GZcLIsgG6tKCeG9w78nasrZATDbcgCvzS44XCUXN2z2IvqFREnCGkz0BKm8JUZyXTiPEQ8Y0z2zaMsh2iU2SAnUdPCELBtD/dhtfoZMKf7o9ZgEVO4DOSjX6aF2XecVsIPmeq6HCavfq5D5R4TS3HahoLe0SBNbrDWwlrwj0hPJIpdmCTfpAdDmaHqs78lM4B8/K/jDZ7knk7nTvfQFL1e99iKSK67s40vhSyzfkiBWs0tKG9OTYcZ9Dkdmt7Qv4FNCSXfA8kpABIOl11CwSGDfdqJDcMnp64El1h1rUhy2IjgF5kAbesJOhLcZz6JgJVAxzojFDsJYZi+cRJ4biRjloyaIluaWCkCIUAP16JBxn3jiN4QmIx/sUT7tiEgw6Wur9d1OUnDleCODidM4v+25qAcgxopYmBqFsKi1+9qIVKxcEGgdxLt/4OzO/t6ZNMW7wCTcboHobv1wszyXbROQjlFjTZqXF4jTrbKQPkFiFK0xZpod3CzZmD8EW4if663nhtYyfO79E4S1vQSvikq2zETQVIVTGAoUuVVS6UeNl9nyVgS93tq1n8NItrouOByCXGdHUTg2x4wgo1B/K68cy4YiyqhqR8LSCw+NGcJRL4W0bFU59wZUuiG1BoZiiOqJCtbsyKcyutQ9FHtFOEHpNko7A3ixrfmUFsWsuhZI4SbW25xlRzeOLD4kW2ISr5sTTx1Z5x0FxT3X2VucNYlGGsGOj/r/hzvBbO8gdnKb/jiwLWeTyiTlw480P8HCuuTshfsDxiexZPh5EFQy7jQ4fgUi52aMfG8CA0RuAYI5UBtjxcXFxALMqMTPMgh2FgcRBgN3/abfocgRdLpCdkA7P5dZj/AePymM05YjfByUJbhH/q4fUaHpzTzUzUV6g0vKiYw7n84Jjw1vDzO3TrzN4FkmDrBIdjVkNaEFnEdmlB9PDIJVajJemVKAjXrtPc27WSZfdRf9gnwuiFGP1NA42Xli76VuMFUTTiwyPOfe9k1XZKfltdHRcwAiSg9q8P0s5wqsGhMNCHiqOuTzLmUbqblDCTUHle5IkgAhYayyvvnZOhJm6jzPyGv4JSdfMxdYQzAuCOJIn726CzkqbcgJZIR+IDuBCNXP0LElrROk38wgdwSjJEx6Ji+Cms4KARaNSfhTL35w6AZ/u3z9zAuiL3I17H0lWay+vjJIR4t+u/U2kr6aN9bxOX+sNGU/f+GWJ32vmWuOgKeHPAYXKmkLCGdP3pMTpg6MB87x9cGqH+3mIyi+R8TjExqBaOIqL81wsJdh51LUzASOYZ/LtA0JIR0nOASghM69watIkqf+cCwRfz+IFIK5ci86sOSAcznU0YG0NYqE6YS+51N4J3VsSjVMhPjtefjADIHFLUThCAybXe3n62gs5dpZwLMHUmU+onZnGcHEBJtwu2iGg1LGT5p1NIIQIv50Hkx/mWprNDQeaZ7zpEoDpnJrXrOhnToxe9lwiShvaJoMh9yix4I+JLlLecn/cF6byfb50ZflFfQJV4CvVqrdejefQ2WmvNrG2FP8aM0A29A8xE1yKUZuYAKqNcM3b7pBV0CHPJEE4W5NfLvcwbuQw+kTRV7Sz30p/cTvak2kibbX54U8XZkkxiy0qGEtwOrxaV1zEzUATjSyvJ2JUjSonyVtmr+k/e5R0dM4IuqdiTgXGUa/40dRiv2sFRhxoTQv671kk6Z40QGjzBfLBU1HvdgRu98cVnuZi4YtOjJ3wQaVMgB3XhX2DU74i/2y2O6sqwXGziuQhv6a+MvHEhc86h9WjU5F63XdywMdDzvV/iH5lFA/CoWBYAm1pfgcQhq6RVxqaECOyLZwGM0a9onkYr019iNwVDtwFAmbk/bGdmdq6y9a5zbVu4bKHTjcRlwbcRWpn1tHkydUoby8LVhlar1qRe/tJsjGIa8jdHnTB7ecFyf3sx4OrglDGVgYf0fUyhhPuIvsgu3zZ4UgLlNIMPlvbBcedZ8jiDNuJmL0p0gVO0w6rgO7rp3HdZdSeudeiBKsGliyy/+ZX+NN63j322Y0NL95D3u+aZXEUS9eFq46XzBx+SO80497Xch0gWFZyLTRmGZgdZ/ILSCd94eB1Zn+ZpLDLwp7glCBHBOIzkoTq5QMcP1MjQVWvqHFnUc5J9TbBmQS/f0blrm/JtEFddKedlqhpnAfUg7oKXYvVSLWRmMn0ur/TG4hjWm9M3Qt9PiKqeiO5Dkc/6LrEYQZ8xeDlIUPk3KyZWPjoBqk7vvjy3ak7++MX63ryO7/9oPvSQ8o2v+j95EqdkCtCA2/Fb4QtrAxKWocLIvGbzLLuAQgzpv+OIGyXg==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{e1cfb69e-4ab2-493c-b59a-48480011f514}",pageItemId:761, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_1dbdf2e8_3c74_435a_9f6a_8d2fc30f2075">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_ba536eef_c978_4a21_baf8_5a01e08d8d7d">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">39</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">410</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.264.598</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_95f43bb5_d23c_4d48_ba0a_8f99dc575e71">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_95f43bb5_d23c_4d48_ba0a_8f99dc575e71_lblDate">Thứ tư, 05/08/2020, 15:45</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2</h2>
		<div class="post-content">
<div class="ExternalClass4430C7806FA242569E5ED0B2ECC0FA48"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Trước diễn biến phức tạp của dịch Covid-19, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tiếp tục phát động ủng hộ công tác phòng, chống dịch đợt 2.<o:p></o:p></span></p>
<p style="text-align: center;"><img src="/Lists/Posts/Attachments/1642/anh1.jpg" alt="" width="560" /></p>
<p style="text-align: center;"><em>Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2. Ảnh: Thanh Bình</em></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Chỉ sau một tuần, Mặt trận các cấp đã tiếp nhận hơn 1,5 tỷ đồng cùng nhiều khẩu trang, nước sát khuẩn, nhu yếu phẩm.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Toàn bộ số tiền, hàng hóa được phân bổ kịp thời cho các lực lượng tuyến đầu và các khu cách ly trên địa bàn tỉnh.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_95f43bb5_d23c_4d48_ba0a_8f99dc575e71_lblView">388</span></div>
		<div class="post-author" id="ctl00_m_g_95f43bb5_d23c_4d48_ba0a_8f99dc575e71_lblAuthor">Thanh Bình</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/hoi-nghi-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-huyen-vinh-loi-1633.aspx">Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi</a> <span class="date">(15/07/2020)</span></li>
<li><a href="/tin-hoat-dong/tap-huan-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-1624.aspx">Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở</a> <span class="date">(24/06/2020)</span></li>
<li><a href="/tin-hoat-dong/so-ket-6-thang-thuc-hien-cuoc-van-dong-nguoi-viet-nam-uu-tien-dung-hang-viet-nam-1611.aspx">Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”</a> <span class="date">()</span></li>
<li><a href="/tin-hoat-dong/ket-qua-04-nam-trien-khai-thuc-hien-chi-thi-so-05-cua-bo-chinh-tri-chi-thi-06-cua-ban-thuong-vu-tinh-uy-1517.aspx">Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy</a> <span class="date">(27/05/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-2-000-phan-qua-cho-nguoi-lao-dong-mat-viec-lam-do-dich-covid-19-1509.aspx">Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19</a> <span class="date">(20/05/2020)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001649-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLWpJj+lWqei5S9davaGZaZy+WOR1+wQMLC0o6eMFptMFczKBEAoE0DTMAjFJEq/iX6Fc7s47kSkKS+ggLV6guF0yHlkpw+yBoCBftEq5KDi/iqAMB+chllRwC" />
</form>
</body>
</html>
