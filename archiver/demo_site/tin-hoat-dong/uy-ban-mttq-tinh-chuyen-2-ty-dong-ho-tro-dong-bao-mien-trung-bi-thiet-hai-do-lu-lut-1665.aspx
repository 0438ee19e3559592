<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt
</title><link rel="canonical" href="/tin-hoat-dong/uy-ban-mttq-tinh-chuyen-2-ty-dong-ho-tro-dong-bao-mien-trung-bi-thiet-hai-do-lu-lut-1665.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClass81F60A4C34BD4DC8883082F889A01128 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="uy-ban-mttq-tinh-chuyen-2-ty-dong-ho-tro-dong-bao-mien-trung-bi-thiet-hai-do-lu-lut-1665.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x92B4C44FD7965248847D038EF440238A29EC96B31AC2EC3DFD5FC01F14D3535DC62FF8C032B7E9FC99A957D2ACD0926AA0EB30BA68D9223BC4988C9A17A2C41E,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEiUg0gYjACASEFPRXEp2z5PKqs1NtThZ6NOavFViNZ3o7q6ix/v6bMrRQhUiXWy8EUTH6aERDV8kmDq3pfqpd60+EtYpOTlyJ+LEgvMb0qMWbI7i9sCOhMLSEGr+hNHAPFAtp8MBsRKxj+h8ds7BOfV7h5MF37bwli/hfu3n4QRg+GVdf5374dW8GgYsBsA6UY+pqCEGSLkrbb634jUPrAxPKa0eDcUNLwgRBAPB5cSsBu53xxERJLinWBeoUwkYJBHtEJuKev28Y7AdHwl4uUGLrhk5KclBZaKoy3vzjCq+73lXW9kH+Oz1rvbbcBHg+ehK9aLGn7BgmLZt8trBAdE174yQW179KDHSTvne2hYWIzhh1vNtKcCFTd76Ul4Z9d75KAcJIrrpf8VUoJSeGckfH4MDeavG1ofgp9dXr2bWV401KmSNmT26PBmdnFn1cmIfhlIrS7WfdL/+ZPLr0bnUra3cVSqvhIBBCrSECyayfJlp8lZH5fY833DUCQ2EXQkYW8V7SBdcjUdBUqFB3nHhCz9ms4vncpO2ORXC2vuNnJlLZ/zErw+ZDtWeuT3H6qdy4TY1Sta9gz3yXdbZ1jU0Z6DsDPU5Q7MqinFqHTA0EcKb3mPYZ50R73Sw7vTW2SMeZQN8S83iekbFNQaRpt0bal9RsWJn5buoeKfIqW34dHD6dvDTi9fQzQyFGZIGyZDIJuI1i7PPk71NAsX9nQFxm35m5KpVsOrAWP63JXpjT0nM4ELL9rAVW5pSfENRTJIa9/toSmVjxBV3Xo6IGWTTVxnsgQxTCUnT92UHRKiLFZqW9Trsr+5nefebsXI7OVPb+UjjPem0OAbzplEhfJPNGCU9wMgdvatJL9iqYT3xAYrZ+Hn5TPkBBH0oYOktHZh2d6w0YPrrNNMInp2Eh8SNBh8yKXwdjLg9xrPlyheHONzHv6KUjyUPLg132HDXppGdb3spYM2gDxoxYhOZ+UKd5W2Z+eTPEwptgeLHdOuJU8c0GoectzCuJspfltmRBtrLjCLU+AJ1/KoaiNI3adu6EGgjUk00eYGj+QS7xtyKHskkwp4sdpLzaydSVuKIIxuOrai2Ve3nLtiy5XSun3mDVb2UjXbordFwzI4+l4v39Dm4BVRMAMfasODyrYlH7vxTHxZpcNtAsgKI4jnvZj7Q9m7oSUy9yFj0oCbzC+4cktWM2Rib8sMdo4ne1RPRvVVwRqX9QsizfnTtCCt/TDewAbLZJLi/TnszmMcXglIQiBIL4BFXGUPkWV1aBwJ0cW8OkfLjkjLwi8yUPvr2X6b1zXg0fkE3N0mo/S9JIexV26o+80kUAir19l7/WBweIe1lIYGw51YoxTxHWIUgGqUWAKegJ0sSZXuDk3bsJMyuXJNSyMX33exNi2o2FkSAvjKGG/bhG2FNc65DIADcG20QOfISgoqg8Mcf+BZlSYRYbUFLaoTKmjdE3SNXz7PYNRVoTkptvn10Dp4bvRDNWxnSzUsMJb4puqhIv+tYGV9EhCffvUZ7tBHc1FBjAL9fft5xKdK7MPk2HDbGZXYEE7orZRYi40yJa4fCDab0RdT2G1dy9RCm+Lmqz1vYtClJktnb84mCWcK405ERLmAQCRty3DY6J1mgt28w0j9BZOtVeonHeBV4jnVi+2E/7mBgeTQFteJapi99wvYA0eKvQGBEO3JlRjQQtlHO33UdS7MvmJ1pn6mi4/M9TOqHzoQaMOt06Oy22R53epb4FNg2XrWLSCCSiuBavp4HRdFjpeLcywLj5nDrXgGf0m6PbtkIZx/NyNhIl1baH7OUT7pecxKyfClNDitFZCGiM7Cv7SIGulq52+707I6n7CdbFX4nj2AICb9vYYeY5eA/PLYqwY0qRN4I4Nic7kHaDQV83lWWUKNG4e2v5xUqZL6Rgl4zQAGAS8MNyAu2TpaEbW1Y2Z+1Kv++pc0rm+SZJafVVdN6hMmF/ScdlHeUcJVMn+Tv5Su96arBqSjq4cgWi74DoVjz5p/YPIlQZRqPoTryEVGBlA02uLPlQfMJYOGvjR3Z85ml8x2XSUJAtXSQyrIJls+ZU+zOdcuxATfZDPO5vNEnefnTxPh54msKSe9EZjt9fAuywhzSVSv6BQh/OQIsepCVJoFsosfuoelwWZW7ufcxdVObDEiy0uOxeesuKn5OzsTYYSXsD8AeWkYZbowTkBVOXyaUJvKm1/DgviiDI8LEHqxt3M5nieeB/j+TzteryyL/wV4sXP6OdaiB5vhbmpwyJzFdgPsy8TSCJsVc+PDHNZ3GoqPNMMk5nS5ewNeD4/Ny7Ye8KlncwPCnq8/dHhazuFDTsBVYVdn7V05sKsEhtuxUGXcrpNEQBG+WOwYtjFSJkHw1Xqe6GnH4oUC+xp27BFnaLMTy0WpqSN613TNmb6+LRgSDm6aHdAL0I18OtE06p3sH/Hg5p3a0EKRdShLLnF89UJYt/yPsMGLlhMz0GPmn2l0mx52KKya7T56HkP5WiK35YuvN3+6J/DfdVtDBItQDUfrOgZn0WhhdoO+ATwUUkpxz2dxBj1k2S+kxZA7r6q8j0EMf1K2xPk/o3lWEuYfEKt3ZN6UAww1iVCQN0+AOaygCrJl37SPvwTFkUhGU6pXsNxigg3CaXljt5fy80oFX0UwiCJ3xVf2537xR0JLCkXG5Fp/qGSpLBx0qNgaZ2yG6UJw9THn9WlWGhN6p2JOh86Q8U+4URaKYbpPGLk+ULU7u6qSYgqpgTP89coFDRPdsZ/b5XRYq9fVWQVw/InA59xm+DpraEjs2mN7+jDbZ9PxocPuOacyhF4Py5dKsGMNC79Dqnf+B5HrjFSN/Jm7JtoA36XKeMYMVXZG0nGUuLGeBjKQ0L2eYosgsMvu4Etxr/mjhUzoVvwlKN68e3ru6sFRtZEewAoasmX5WTQO9wt32AdZMgDRwSp2Kz7JUHxVYeZLyXTJbAD8BtuQf7ohqFXro+NmUfihEI/2SRLuRmKBM8rd0fRje1vQ6lpBtD+dX8+C03TlEe5KyoI0/C9W9+a/A9WtL4ILd6Z5Pc79Y3hhW61wf3zzhViZ1ZwmATNcvzTwIFu1YLK2RPbPYBkPutw1nL81zSKfc1oWzuQ+JxYle2ycZBKop5sCcJHznkLHiw8wda9pEb2K2umdYEbMVHmltBw48ucxlQ6S9WJyBnL0G+xuxKCP5M5o3FcnfwRZpxnR9469ZdxDv58oMzE0YwkKR0Op0hy1GV53rWHD/pkdWehIOYbV6LgmV620Llx8U91XkycniFnZVwjQzwAPE1eQ6VV7hroFK1BvUJmpTVUA23aXOOjkhx4ufBNv/T5q9RGJt7+zbALmhncjFDJZuwOj9Ual4GFiPJKwp0FG88nchCMAKyk2ko2nBPdYQksMpSiVmUtPm4dIFZGGZh8R/mAZ3Prpmr92VM0tb5AKznC5V5FkxCUsGaXuIDwighfTqi8TkcgJFXo7PFImMgE9iwdhyogDTvajYB1sYLLuu5VKcEkGGHL+o8R96PFtk+q+p7KpSCPJcK9bjQG7n9oKnRf9s/yJ/I3LHLcfsRVQ/fwJuSRPjKGgmk0o9kmCf8AcOGVyLA8LSUoGaX7LnSoENeTELvYXeVTJ/jFHY/5QcVX4SFnIY1RtJB+uJGDJngoLlh4BCa3Rcla1Uh14rBXLZQhKbw/2l4JA1fnxIi0dh7nTmqqXZPBVlvV9r5xLIICvG3MX1P6VgOi4ok9XzLAr14G1idtRpvLhx2Bl5SVcsJvDH7tcP4kzHEWUEawq8Odnlg8r2SEb2ANiUuHLTXZfGLBDJnWR520NGVIYGmAbDtNZR+CtKd3jzlUkHGlTClstVhcB03MPFSWUr3Vy1WopltVN90aQl6E42LeCgon4rYG/1+kj89rEBWsyvOTacPnspOhjyqOD56xURVbvHbeojV7CXA7mAMd3f3ESmiXTFMZERDBknnA3DUBxKoHBWPDrnU5OB4rKI1YsrrjClOBRNrkeAzNYAf32aU+k+/kN/jcNZUTTGrUiV5ongUcEoR44JnHunFzIHHlwgopD5EC0gUtWOeddtlY8pVogImZHWzzpWN5uJwhXAzPxYMbDOjCtRfiss5DO5m8XkV3Y6F/9JOYl/bRHVGY6FQuqhN2yiXCe6HBVXgFN4w7FDQ8Rp1FAzlOmSYOofrZdbDb9QEZYgC6ohQcJNiJknQcr+9dhx3mZE5cOENH7m4pqowLntSTXsLaxOGsyrHU0id48AhIG2REwU+EbHu4Q/HcPZ0dy0UYO09P6RxJEajPqVMeSQCUZj8/JMnkD0QJCz+FIHem8OsHAIhMjYnZBHsZ8aFoGgWY6xjq8IpSlT+vMlhp4/5/+G2HMZZWyT7hC3BviP5bPB68Jba7rbeWOVm+QvR0xXtpda5RAOVZqdF8ZKKkZzIC+tCHYK4+wLqZBpjE8rfcAqDrZNZDkd86IL9SNzuwVvFhKUF2AdUEX69p2fVBZhVSo5e2Rded9m+p4/CnY+r0RFMXzxeEu08u28UECwRIb8Fs0RW5+w4eja5dXEz5yBGZyqKNOt01ZtCcy9CTyXpX5t0tTiYlK6cvB45/WHg8wLRq2Dn/r4xdQkb2vvcLv2hNvlQOZqwhGcjzcHQCl8MOQLitz041Vg+MF+CLcN3YsT2T/A984tS/UdgYkDlpQyqh3oMD1lmsnUnbGGW5/PAJjWAJRziJ+bCHnm7vdEepSAFbysRoVhPSntODFU+IjUrWUfE9/CxWOeLADFrdm9hfA+1R6jU+lrk2wy+mVG6AnJ8LWVW7wp+DXvq9UylAXehFTgXdbpHXbdepy8ioZVn868nLxH9LdcSdEABrytBkIPolj4gZ9uDuEWo2+qlE7khubE2yIddV4MV6olF0xMQz/HVvPs8ctmBe4NEA3aaSuonxZlH7ye+pAVhpvFmkgWKZi7zgE0TrgAKcU/Shdlc9fwefdAu1EIqopjR+Z/nVVrUjXYFW0o/rV8dxeFES7tDNQnJYiHuLp0zrSbeLhBOQnfsSi4ote84URIR0/tFu2ztxedaUWo0ORhIU4FvDoJ99M/Un0tNka8ySR/AdwqiruVNMbmlw4R7twTz+Mu2iu7n/cTfDuMnNhglVOWJX3X0duTcH5vYzUmSCOvaSglegX4iY2drxoYC1NO4nNKKuT37n8tD55tUKe6o0G385PRqMCadyT69oHLoy9J0p3qpfnQUM2JdTml+BNMC7LUI4UQYb9OkNoD539ERfzp33b6OOHzRYjcKJqk8aSfS7bf5fo55zPV4gW1IqmNDMk9HC7EP7JT4aMp3g+1cJoiEHTIte4Cii74PwYLZtoercMrmssHGA2lcMJGv4SjRoPwHWfdpMZIIjjtTCUnt8iaA22rmTi0ErPANvqRFAIAcsIJBfwtz4awm7HrtnYhEq4E92QUrquv6+RrngjMnk7g/jw654hPb2e4Tx5p7y4t0vIaWDrxQPX0WYYkduX39GL2ig4h/sPRXnC4Z26nByJvA++mOajwLLj0QKNPD01wt1uX/28XN2vrzxVdK14j0t3hE6H5+6JAooYKAB9EUjdiL5zw4Kp9pA4wtqff+7FP9VZYATqxxjjM+2XjGaD0KWOpvxAN4FDKviiia1N3llS8SyGzi2vpV5qRnRK4BPx7t0F8oTpQfBq/4sYJDmtGXfczHmwvtBp9Q+9cBmauVHtw/dPEHGQGJixBe45dRVeJSf5bIG2/zTPYulWINvaOfGHWgx3Xuzj+ktYMKtvXaxsxJ3Mn9Ug7S3e3SPYOQzOTLAmHpu0unebTrrLPbS6uoB1qckgw9A3KVMii54iLdW3R1ttYCcvIgzsgzkPMBDfDVtqZmh+vt6sCNugfEDxRsZxihQhWerN7ZWwXvrhIcUQj3O0a3GUZjbTOU3HMFb0BMvQwy7YhHyP2RWIqwjI2kfMjhG62Phymgbqw3os8v99Np46kAWb6HgMeIDyRnsp9DifgIt+opjlWrN7yXzJf4YYFXXEctx6ztIY13T5VPuAl1E+c9GNwzPl86WihQocI/OCDJ13xkc9JbotjD9cCGu7I2hl3TGcjjjJMGb7YJk08WBf9GSTvbRBGg6t54/u3IvDvaNpWO/EUV2ejxxiZUrkpVrI0dbtrbvA==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{1eb6a3e8-58b6-43f5-930a-5586d4135a0c}",pageItemId:784, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_04bb0429_056f_47f1_94d7_9aa2ed80835e">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_42dc121f_840f_4813_83a5_bfed7b410518">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">13</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">585</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.627.961</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_34698648_a448_444c_a82c_d5cbc9ca7e09">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_34698648_a448_444c_a82c_d5cbc9ca7e09_lblDate">Thứ năm, 08/10/2020, 16:00</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt</h2>
		<div class="post-content">
<div class="ExternalClass81F60A4C34BD4DC8883082F889A01128"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Chiều 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã chuyển 2 tỷ đồng từ nguồn quỹ cứu trợ của tỉnh hỗ trợ đồng bào các tỉnh miền Trung bị thiệt hại do mưa lũ.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Số tiền trên do các cơ quan, đơn vị, doanh nghiệp và Nhân dân trong tỉnh đóng góp chỉ sau một tuần phát động.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Ban Thường trực tiếp tục tiếp nhận ủng hộ tại trụ sở Ủy ban MTTQ Việt Nam tỉnh và qua tài khoản của Ban Vận động cứu trợ tỉnh.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_34698648_a448_444c_a82c_d5cbc9ca7e09_lblView">1.873</span></div>
		<div class="post-author" id="ctl00_m_g_34698648_a448_444c_a82c_d5cbc9ca7e09_lblAuthor">Trọng Nghĩa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/giam-sat-viec-thuc-hien-chinh-sach-bao-hiem-y-te-tai-huyen-long-dien-1658.aspx">Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền</a> <span class="date">(21/09/2020)</span></li>
<li><a href="/tin-hoat-dong/tuyen-duong-60-guong-dien-hinh-trong-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-1650.aspx">Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a> <span class="date">(28/08/2020)</span></li>
<li><a href="/tin-hoat-dong/mat-tran-cac-cap-van-dong-ung-ho-phong-chong-dich-covid-19-dot-2-1642.aspx">Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2</a> <span class="date">(05/08/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-huyen-vinh-loi-1633.aspx">Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi</a> <span class="date">(15/07/2020)</span></li>
<li><a href="/tin-hoat-dong/tap-huan-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-1624.aspx">Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở</a> <span class="date">(24/06/2020)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001672-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLQm8cPwCt0fw2x8TLW/wjoomxVJpj/MdMpXkiZ9WVcYlsfOHOIi5PjI9cZVe9eBzi9AFMkUBcHq6MR/L3OyylaU2yzbO58YO8xQdXr6hthuKaDvxSe9/B31Vi" />
</form>
</body>
</html>
